import { Tag } from "antd";
import { APPROVAL_STATUS_LABELS, type ApprovalStatus } from "../../../src/domain/approvals/rules.js";
import { SLA_COLORS, slaLight } from "../lib/approval-sla.js";
import { useI18n } from "../lib/i18n/index.js";

/** An approval item's status in its SLA colour (green, amber, red). */
export function ApprovalStatusTag({ status }: { status: ApprovalStatus }) {
  const { label } = useI18n();
  return (
    <Tag color={SLA_COLORS[slaLight(status)]} data-sla={slaLight(status)}>
      {label(APPROVAL_STATUS_LABELS[status])}
    </Tag>
  );
}
