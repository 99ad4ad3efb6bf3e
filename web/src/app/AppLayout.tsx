import { DashboardOutlined, DatabaseOutlined } from "@ant-design/icons";
import { Flex, Layout, Menu, Typography } from "antd";
import { Suspense, useEffect } from "react";
import { Link, Outlet, useLocation } from "react-router-dom";
import { PageLoading } from "../components/PageLoading.js";
import { useI18n } from "../lib/i18n/index.js";
import { LanguageSwitch } from "../components/LanguageSwitch.js";
import { UserMenu } from "../features/auth/components/UserMenu.js";

const { Header, Sider, Content, Footer } = Layout;

function selectedMenuKey(pathname: string): string {
  return pathname.startsWith("/projects") ? "projects" : "dashboard";
}

/** The console shell: navigation on the left, product name and language on top, the page below. */
export function AppLayout() {
  const { t } = useI18n();
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = t("app.title");
  }, [t]);

  const items = [
    { key: "dashboard", icon: <DashboardOutlined />, label: <Link to="/">{t("nav.dashboard")}</Link> },
    { key: "projects", icon: <DatabaseOutlined />, label: <Link to="/projects">{t("nav.projects")}</Link> },
  ];

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
        <nav aria-label={t("app.brand")}>
          <Menu theme="dark" mode="inline" selectedKeys={[selectedMenuKey(pathname)]} items={items} />
        </nav>
      </Sider>
      <Layout>
        <Header style={{ borderBottom: "1px solid #e8ebf0" }}>
          <Flex justify="space-between" align="center" style={{ height: "100%" }}>
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t("app.title")}
            </Typography.Text>
            <Flex align="center" gap={16}>
              <LanguageSwitch />
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
