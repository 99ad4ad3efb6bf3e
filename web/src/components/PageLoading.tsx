import { Flex, Spin } from "antd";
import { useI18n } from "../lib/i18n/index.js";

/** The placeholder while a page's code or first data loads. */
export function PageLoading() {
  const { t } = useI18n();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 320 }}>
      <Spin size="large" description={t("common.loading")} />
    </Flex>
  );
}
