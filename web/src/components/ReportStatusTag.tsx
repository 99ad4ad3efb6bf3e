import { Tag } from "antd";
import { useI18n } from "../lib/i18n/index.js";
import { displayReportStatus, reportStatusColor, reportStatusKey } from "../lib/report-status.js";

/** A monthly report's review status as a coloured tag, partly accepted once one reviewer accepted. */
export function ReportStatusTag({
  status,
  reviews,
}: {
  status: string;
  reviews: readonly { decision: string }[];
}) {
  const { t } = useI18n();
  const shown = displayReportStatus(status, reviews);
  return <Tag color={reportStatusColor(shown)}>{t(reportStatusKey(shown))}</Tag>;
}
