import { DownOutlined, KeyOutlined, LogoutOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown, Flex, Tag, Typography, type MenuProps } from "antd";
import { useState } from "react";
import { ROLE_LABELS } from "../../../../../src/domain/access.js";
import { useSession } from "../../../api/use-session.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useSignOut } from "../api/use-sign-out.js";
import { ChangePasswordDialog } from "./ChangePasswordDialog.js";

/** The signed-in user in the header: name, organisation and role, 修改密码 and 退出登录. */
export function UserMenu() {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const signOut = useSignOut();
  const [changingPassword, setChangingPassword] = useState(false);
  if (!me) return null;

  const roles = me.roles.map((role) => label(ROLE_LABELS[role])).join(" / ");
  const items: MenuProps["items"] = [
    {
      key: "who",
      disabled: true,
      style: { cursor: "default" },
      label: (
        <Flex vertical style={{ padding: "4px 0", minWidth: 240 }}>
          <Typography.Text strong>{me.user.displayName}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("user.organisation")}：{me.organisation.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("user.role")}：{roles}
          </Typography.Text>
        </Flex>
      ),
    },
    { type: "divider" },
    { key: "password", icon: <KeyOutlined />, label: t("user.changePassword") },
    { key: "sign-out", icon: <LogoutOutlined />, label: t("user.signOut"), danger: true },
  ];
  const onClick: MenuProps["onClick"] = ({ key }) => {
    if (key === "password") setChangingPassword(true);
    if (key === "sign-out") signOut.mutate({ csrfToken: me.csrfToken });
  };

  return (
    <Flex align="center" gap={8}>
      {me.readOnly && (
        <Tag color="orange" style={{ marginInlineEnd: 0 }} title={t("shell.readOnlyHint")}>
          {t("shell.readOnly")}
        </Tag>
      )}
      <Dropdown menu={{ items, onClick }} trigger={["click"]} placement="bottomRight">
        <Button type="text" aria-label={t("auth.userMenu")} style={{ height: 44, paddingInline: 8 }}>
          <Flex align="center" gap={8}>
            <Avatar size={28} style={{ background: "#1f5fbf", fontSize: 13 }}>
              {[...me.user.displayName][0]}
            </Avatar>
            <Flex vertical align="flex-start" style={{ lineHeight: 1.25 }}>
              <span style={{ fontSize: 13 }}>{me.user.displayName}</span>
              <span style={{ fontSize: 12, color: "#8c8c8c" }}>{roles}</span>
            </Flex>
            <DownOutlined style={{ fontSize: 10, color: "#8c8c8c" }} />
          </Flex>
        </Button>
      </Dropdown>
      <ChangePasswordDialog me={me} open={changingPassword} onClose={() => setChangingPassword(false)} />
    </Flex>
  );
}
