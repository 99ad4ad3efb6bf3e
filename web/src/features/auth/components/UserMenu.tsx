import { DownOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Button, Dropdown, type MenuProps } from "antd";
import { ROLE_LABELS } from "../../../../../src/domain/access.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useSession } from "../api/use-session.js";
import { useSignOut } from "../api/use-sign-out.js";

/** The signed-in user in the header: organisation and roles, and sign-out. */
export function UserMenu() {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const signOut = useSignOut();
  if (!me) return null;

  const roles = me.roles.map((role) => label(ROLE_LABELS[role])).join("、");
  const items: MenuProps["items"] = [
    { key: "organisation", label: me.organisation.name, disabled: true },
    { key: "roles", label: me.readOnly ? `${roles} · ${t("auth.readOnly")}` : roles, disabled: true },
    { type: "divider" },
    { key: "sign-out", icon: <LogoutOutlined />, label: t("auth.signOut") },
  ];
  const onClick: MenuProps["onClick"] = ({ key }) => {
    if (key === "sign-out") signOut.mutate({ csrfToken: me.csrfToken });
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={["click"]}>
      <Button type="text" aria-label={t("auth.userMenu")} icon={<UserOutlined />}>
        {me.user.displayName} <DownOutlined style={{ fontSize: 10 }} />
      </Button>
    </Dropdown>
  );
}
