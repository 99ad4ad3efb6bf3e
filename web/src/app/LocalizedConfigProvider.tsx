import { App as AntApp, ConfigProvider } from "antd";
import * as enUSModule from "antd/es/locale/en_US.js";
import * as zhCNModule from "antd/es/locale/zh_CN.js";
import type { ReactNode } from "react";
import { unwrapAntdLocale } from "../lib/antd-locale.js";
import { useI18n } from "../lib/i18n/index.js";

const enUS = unwrapAntdLocale(enUSModule);
const zhCN = unwrapAntdLocale(zhCNModule);

const theme = {
  token: { colorPrimary: "#1f5fbf", borderRadius: 4, fontSize: 14 },
  components: {
    Layout: { headerBg: "#ffffff", siderBg: "#0f2a4a", headerHeight: 56, headerPadding: "0 24px" },
    Menu: { darkItemBg: "#0f2a4a", darkSubMenuItemBg: "#0b2140", darkItemSelectedBg: "#1f5fbf" },
    Card: { headerFontSize: 15 },
    Table: { headerBg: "#f5f7fa" },
  },
};

/** Ant Design's own texts (pagination, empty, select) in the interface language, the console theme, and the context of `App.useApp()` messages. */
export function LocalizedConfigProvider({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  return (
    <ConfigProvider locale={language === "en" ? enUS : zhCN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
