import { useMemo } from "react";
import type { RollingPlan } from "../../../../../src/domain/contracts/rolling-plan.js";
import { EChart } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { rollingPlanChartOption } from "../utils/rolling-plan-chart.js";
import type { Grouping } from "../utils/rolling-plan-view.js";

/** The window's planned investment as bars per group, stacked by year. */
export function RollingPlanChart({ plan, grouping }: { plan: RollingPlan; grouping: Grouping }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () =>
      rollingPlanChartOption(plan, {
        rowName: (row) => (grouping === "special" ? row.code : label(row)),
        yearName: (year) => t("rolling.colYear", { year }),
        axisName: t("unit.yi"),
      }),
    [plan, grouping, label, t],
  );
  return (
    <EChart option={option} height={grouping === "sector" ? 340 : 420} label={t("rolling.chartLabel")} />
  );
}
