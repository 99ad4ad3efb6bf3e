import { CheckCircleOutlined, CloseCircleOutlined, StopOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import { useI18n } from "../../../lib/i18n/index.js";
import { auditOutcomeKey } from "../utils/audit-vocabulary.js";

const STYLE: Record<string, { color: string; icon: ReactNode }> = {
  ok: { color: "success", icon: <CheckCircleOutlined /> },
  denied: { color: "warning", icon: <StopOutlined /> },
  failed: { color: "error", icon: <CloseCircleOutlined /> },
};

/** 成功 / 拒绝 / 失败 as a coloured tag. */
export function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useI18n();
  const key = auditOutcomeKey(outcome);
  const style = STYLE[outcome];
  return (
    <Tag color={style?.color} icon={style?.icon} style={{ marginInlineEnd: 0 }}>
      {key ? t(key) : outcome}
    </Tag>
  );
}
