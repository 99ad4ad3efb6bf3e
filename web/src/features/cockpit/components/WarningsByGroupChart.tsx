import { Card } from "antd";
import { useMemo } from "react";
import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { EChart } from "../../../components/EChart.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { warningsByGroupOption } from "../utils/cockpit-charts.js";

const LEVEL_KEYS = { red: "cockpit.red", yellow: "cockpit.yellow", green: "cockpit.green" } as const;

/** Per group, how many projects show red, yellow and green this month. */
export function WarningsByGroupChart({ dashboard }: { dashboard: Dashboard }) {
  const { t, label } = useI18n();
  const option = useMemo(
    () =>
      warningsByGroupOption(dashboard.groups, {
        groupName: (g) => label(g),
        levelName: (level) => t(LEVEL_KEYS[level]),
        axisName: t("cockpit.projects"),
      }),
    [dashboard.groups, t, label],
  );
  return (
    <Card size="small" title={t("cockpit.warningsTitle")}>
      <EChart
        option={option}
        height={dashboard.groups.length > 8 ? 400 : 340}
        label={t("cockpit.warningsLabel")}
      />
    </Card>
  );
}
