import { Tag, Typography } from "antd";
import {
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUS_LABELS,
  PROBLEM_TIER_LABELS,
  type ProblemCategory,
  type ProblemStatus,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";
import { useI18n } from "../../../lib/i18n/index.js";

const TIER_COLORS: Record<ProblemTier, string> = {
  owner: "default",
  district: "blue",
  department: "purple",
  city: "magenta",
};

const STATUS_COLORS: Record<ProblemStatus, string> = {
  open: "orange",
  in_progress: "processing",
  resolved: "success",
};

/** The tier coordinating a problem, coloured by height on the ladder. */
export function TierTag({ tier }: { tier: ProblemTier }) {
  const { label } = useI18n();
  return <Tag color={TIER_COLORS[tier]}>{label(PROBLEM_TIER_LABELS[tier])}</Tag>;
}

export function StatusTag({ status }: { status: ProblemStatus }) {
  const { label } = useI18n();
  return <Tag color={STATUS_COLORS[status]}>{label(PROBLEM_STATUS_LABELS[status])}</Tag>;
}

export function CategoryText({ category }: { category: ProblemCategory }) {
  const { label } = useI18n();
  return <>{label(PROBLEM_CATEGORY_LABELS[category])}</>;
}

/** The due date; an overdue problem shows it red with the days past due. */
export function DueDate({
  dueDate,
  overdue,
  daysOverdue,
}: {
  dueDate: string;
  overdue: boolean;
  daysOverdue: number;
}) {
  const { t } = useI18n();
  if (!overdue) return <>{dueDate}</>;
  return (
    <Typography.Text type="danger" strong>
      {dueDate}
      <br />
      {t("coordination.overdueDays", { n: daysOverdue })}
    </Typography.Text>
  );
}
