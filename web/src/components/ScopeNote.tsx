import { EnvironmentOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useReference } from "../api/use-reference.js";
import { useSession } from "../api/use-session.js";
import { useI18n } from "../lib/i18n/index.js";
import { describeScope } from "../lib/scope-words.js";

/** "数据范围：渝北区": which projects the figures on this page cover, from the caller's session. */
export function ScopeNote() {
  const { t, language } = useI18n();
  const { data: me } = useSession();
  const reference = useReference();
  if (!me) return null;
  const scope = describeScope(me, reference.data?.districts, language);
  return (
    <Tag
      role="note"
      aria-label={t("scope.label")}
      icon={<EnvironmentOutlined />}
      color={me.scope.kind === "all" ? "blue" : "gold"}
      style={{ fontSize: 13, padding: "2px 10px", marginInlineEnd: 0 }}
    >
      {t("scope.text", { scope })}
    </Tag>
  );
}
