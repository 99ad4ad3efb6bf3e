import { GlobalOutlined } from "@ant-design/icons";
import { Button, Divider, Flex, Layout, Menu, Typography } from "antd";
import { Suspense, useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router-dom";
import { useSession } from "../api/use-session.js";
import { LanguageSwitch } from "../components/LanguageSwitch.js";
import { PageLoading } from "../components/PageLoading.js";
import { UserMenu } from "../features/auth/components/UserMenu.js";
import { useI18n } from "../lib/i18n/index.js";
import { NAV_ITEMS } from "./nav-items.js";
import { selectedNavKey, visibleNavEntries } from "./navigation.js";

const { Header, Sider, Content, Footer } = Layout;

/** The console shell: navigation on the left (what the caller may open), product, portal link, language and user on top. */
export function AppLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { data: me } = useSession();

  useEffect(() => {
    document.title = t("app.title");
  }, [t]);

  const visible = visibleNavEntries(NAV_ITEMS, me?.permissions ?? []);
  const selected = selectedNavKey(visible, pathname);
  const items = visible.map((item) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.path}>{t(item.labelKey)}</Link>,
  }));

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Sider width={208} breakpoint="lg" collapsedWidth={64}>
        <Flex align="center" gap={10} style={{ height: 56, padding: "0 20px", color: "#fff" }}>
          <span
            aria-hidden
            style={{ width: 22, height: 22, borderRadius: 4, background: "#1f5fbf", flex: "none" }}
          />
          <span style={{ fontWeight: 600, whiteSpace: "nowrap", overflow: "hidden" }}>{t("app.brand")}</span>
        </Flex>
        <nav aria-label={t("nav.main")}>
          <Menu theme="dark" mode="inline" selectedKeys={selected ? [selected] : []} items={items} />
        </nav>
      </Sider>
      <Layout>
        <Header style={{ borderBottom: "1px solid #e8ebf0" }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t("app.title")}
            </Typography.Text>
            <Flex align="center" gap={12}>
              <Button type="text" size="small" icon={<GlobalOutlined />} href="/public" target="_blank">
                {t("nav.portal")}
              </Button>
              <LanguageSwitch />
              <Divider orientation="vertical" style={{ margin: 0 }} />
              <UserMenu />
            </Flex>
          </Flex>
        </Header>
        <Content style={{ padding: 20 }}>
          <main>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </main>
        </Content>
        <Footer style={{ textAlign: "center", color: "#8c8c8c", fontSize: 12, padding: "12px 24px" }}>
          {t("app.footer")}
        </Footer>
      </Layout>
    </Layout>
  );
}
