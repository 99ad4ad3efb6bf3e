import { Card, Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { LanguageSwitch } from "../../../components/LanguageSwitch.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** The full-page frame of the sign-in and password forms: product name, language, one card. */
export function AuthScreen({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Flex
      vertical
      style={{ minHeight: "100vh", background: "linear-gradient(180deg, #0f2a4a 0, #1f5fbf 100%)" }}
    >
      <Flex justify="space-between" align="center" style={{ padding: "16px 24px", color: "#fff" }}>
        <Typography.Text strong style={{ color: "#fff", fontSize: 16 }}>
          {t("app.title")}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} justify="center" align="center" style={{ padding: 24 }}>
        <main style={{ width: 400, maxWidth: "100%" }}>
          <Card>
            <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
              {title}
            </Typography.Title>
            {children}
          </Card>
        </main>
      </Flex>
    </Flex>
  );
}
