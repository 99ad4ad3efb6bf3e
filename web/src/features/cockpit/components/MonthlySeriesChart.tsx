import { Card } from "antd";
import { useMemo } from "react";
import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { EChart } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { DisplayUnit } from "../../../lib/money-display.js";
import { monthlySeriesOption } from "../utils/cockpit-charts.js";

/** The year month by month: invested, running total, completion rate. */
export function MonthlySeriesChart({ series, unit }: { series: Dashboard["series"]; unit: DisplayUnit }) {
  const { t } = useI18n();
  const option = useMemo(
    () =>
      monthlySeriesOption(series, unit, {
        month: t("cockpit.monthInvested"),
        yearToDate: t("cockpit.completed"),
        rate: t("cockpit.completionRate"),
        unitName: t(unit === "yi" ? "unit.yi" : "unit.wan"),
      }),
    [series, unit, t],
  );
  return (
    <Card size="small" title={t("cockpit.seriesTitle")}>
      <EChart option={option} height={340} label={t("cockpit.seriesLabel")} />
    </Card>
  );
}
