import { Alert, type AlertProps } from "antd";
import { todayInShanghai } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { MessageKey } from "../../../lib/i18n/index.js";
import { reportDeadline, type ReportDeadline } from "../utils/report-deadline.js";

const WORDING: Record<ReportDeadline["state"], MessageKey> = {
  open: "report.deadlineOpen",
  today: "report.deadlineToday",
  overdue: "report.deadlineOverdue",
  onTime: "report.deadlineOnTime",
  late: "report.deadlineLate",
};

function alertType({ state, days }: ReportDeadline): AlertProps["type"] {
  switch (state) {
    case "open":
      return days <= 2 ? "warning" : "info";
    case "today":
    case "late":
      return "warning";
    case "overdue":
      return "error";
    case "onTime":
      return "success";
  }
}

interface DeadlineNoteProps {
  month: string;
  dueDay: number;
  /** The day (YYYY-MM-DD, Asia/Shanghai) the month was first reported, or null. */
  reportedOn: string | null;
}

/** The month's deadline and where the report stands: days left, due today, overdue, or in on time or late. */
export function DeadlineNote({ month, dueDay, reportedOn }: DeadlineNoteProps) {
  const { t } = useI18n();
  const deadline = reportDeadline(month, dueDay, todayInShanghai(), reportedOn);
  return (
    <Alert
      role="status"
      type={alertType(deadline)}
      showIcon
      title={t(WORDING[deadline.state], { date: deadline.dueDate, n: deadline.days, on: reportedOn ?? "" })}
    />
  );
}
