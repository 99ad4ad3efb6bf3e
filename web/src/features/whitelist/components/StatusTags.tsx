import { Tag, Typography } from "antd";
import type { CreditDecisionRecord } from "../../../../../src/domain/contracts/financing.js";
import type { WhitelistStatus } from "../../../../../src/domain/financing/whitelist.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { DECISION_COLORS, STATUS_COLORS } from "../utils/whitelist-view.js";

export function EntryStatusTag({ status }: { status: WhitelistStatus }) {
  const { t } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{t(`whitelist.status.${status}`)}</Tag>;
}

/** A decision as a tag with its amount when approved. */
export function DecisionTag({ decision }: { decision: CreditDecisionRecord }) {
  const { t } = useI18n();
  return (
    <Tag color={DECISION_COLORS[decision.decision]}>
      {t(`credit.decision.${decision.decision}`)}
      {decision.decision === "approved" &&
        ` · ${t("credit.amount", { amount: formatFen(decision.amountFen, "wan") })}`}
    </Tag>
  );
}

/** Each bank's latest decision on an entry, with the bank's name. */
export function DecisionList({ decisions }: { decisions: CreditDecisionRecord[] }) {
  const { t } = useI18n();
  if (!decisions.length)
    return <Typography.Text type="secondary">{t("whitelist.noDecisions")}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {decisions.map((d) => (
        <li key={d.id}>
          {d.bank.name}：<DecisionTag decision={d} />
          {d.note && <Typography.Text type="secondary">{d.note}</Typography.Text>}
        </li>
      ))}
    </ul>
  );
}
