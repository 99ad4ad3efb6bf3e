import { Card } from "antd";
import { useMemo } from "react";
import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { EChart } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { DisplayUnit } from "../../../lib/money-display.js";
import { planVsCompletedOption } from "../utils/cockpit-charts.js";

/** Per group: planned for the year against completed by the month, with the completion rate. */
export function PlanVsCompletedChart({ dashboard, unit }: { dashboard: Dashboard; unit: DisplayUnit }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () =>
      planVsCompletedOption(dashboard.groups, unit, {
        groupName: (g) => label(g),
        planned: t("cockpit.planned"),
        completed: t("cockpit.completed"),
        rate: t("cockpit.completionRate"),
        unitName: t(unit === "yi" ? "unit.yi" : "unit.wan"),
      }),
    [dashboard.groups, unit, t, label],
  );
  return (
    <Card size="small" title={t("cockpit.planVsCompletedTitle")}>
      <EChart
        option={option}
        height={dashboard.groups.length > 8 ? 400 : 340}
        label={t("cockpit.planVsCompletedLabel")}
      />
    </Card>
  );
}
