import { LoginOutlined } from "@ant-design/icons";
import { Button, Flex, Layout, Typography } from "antd";
import { useEffect, type ReactNode } from "react";
import { useNavigate } from "react-router-dom";
import { LanguageSwitch } from "../../../components/LanguageSwitch.js";
import { CSRF_COOKIE, readCookie } from "../../../lib/api-client.js";
import { useI18n } from "../../../lib/i18n/index.js";
import "./public-portal.css";

/** The public site's frame: its own banner, language, the staff sign-in link and a footer; no console shell. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  // The readable CSRF cookie tells a staff member's browser apart without asking the server (and
  // without a refused request for every anonymous visitor).
  const signedIn = readCookie(document.cookie, CSRF_COOKIE) !== null;

  useEffect(() => {
    document.title = t("portal.documentTitle");
  }, [t]);

  return (
    <Layout className="portal">
      <header className="portal-banner">
        <div className="portal-container">
          <Flex justify="space-between" align="center" className="portal-topbar" wrap gap={12}>
            <Flex align="center" gap={10}>
              <span aria-hidden className="portal-emblem" />
              <span className="portal-org">{t("app.title")}</span>
            </Flex>
            <Flex align="center" gap={12}>
              <LanguageSwitch />
              <Button ghost icon={<LoginOutlined />} onClick={() => void navigate("/")}>
                {signedIn ? t("portal.console") : t("portal.signIn")}
              </Button>
            </Flex>
          </Flex>
          <div className="portal-hero">
            <Typography.Title level={1} className="portal-title">
              {t("portal.title")} <span className="portal-title-accent">{t("portal.titleAccent")}</span>
            </Typography.Title>
            <Typography.Paragraph className="portal-subtitle">{t("portal.subtitle")}</Typography.Paragraph>
          </div>
        </div>
      </header>
      <main className="portal-container portal-main">{children}</main>
      <footer className="portal-footer">
        <div>{t("portal.footer")}</div>
        <div>{t("portal.footerNote")}</div>
      </footer>
    </Layout>
  );
}
