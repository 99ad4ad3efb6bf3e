import { useMemo } from "react";
import type { ApprovalSummary } from "../../../../../src/domain/contracts/approvals.js";
import { EChart } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { speedupByBodyOption, type BodyFigures } from "../utils/speedup-chart.js";

/** Median speed-up per approving body as horizontal bars, the plan's target as a dashed line. */
export function SpeedupByBodyChart({
  rows,
  summary,
}: {
  rows: readonly BodyFigures[];
  summary: ApprovalSummary;
}) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      speedupByBodyOption(rows, summary.planTargetPct, {
        axisName: t("approvals.chart.axis"),
        targetName: t("approvals.chart.target", { pct: summary.planTargetPct }),
        tooltip: (row) =>
          t("approvals.chart.tooltip", {
            body: row.body,
            median: row.medianSpeedupPct ?? "—",
            n: row.completed,
            within: row.withinTarget,
          }),
      }),
    [rows, summary.planTargetPct, t],
  );
  return (
    <EChart
      option={option}
      height={Math.max(200, rows.length * 30 + 60)}
      label={t("approvals.chart.label")}
    />
  );
}
