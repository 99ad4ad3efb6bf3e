import { Card, Form, Segmented } from "antd";
import type { DashboardGroup } from "../../../../../src/domain/contracts/dashboard.js";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { currentMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { CockpitView } from "../utils/cockpit-view.js";

const GROUP_KEYS = {
  sector: "cockpit.bySector",
  special: "cockpit.bySpecial",
  district: "cockpit.byDistrict",
  region: "cockpit.byRegion",
  stage: "cockpit.byStage",
  level: "cockpit.byLevel",
  department: "cockpit.byDepartment",
} as const satisfies Record<DashboardGroup, string>;

/** The month dispatched and the dimension the groups are cut by. */
export function CockpitFilters({
  view,
  onChange,
}: {
  view: CockpitView;
  onChange: (view: CockpitView) => void;
}) {
  const { t } = useI18n();
  const groups = Object.keys(GROUP_KEYS) as DashboardGroup[];
  return (
    <Card size="small">
      <Form layout="inline" style={{ rowGap: 8 }}>
        <Form.Item label={t("cockpit.month")} htmlFor="cockpit-month">
          <MonthPicker
            id="cockpit-month"
            value={view.month}
            latest={currentMonthInShanghai()}
            onChange={(month) => month && onChange({ ...view, month })}
          />
        </Form.Item>
        {/* On a phone the seven groupings scroll sideways instead of pushing the page wider. */}
        <Form.Item label={t("cockpit.groupBy")} style={{ maxWidth: "100%", minWidth: 0 }}>
          <div style={{ maxWidth: "100%", overflowX: "auto" }}>
            <Segmented<DashboardGroup>
              aria-label={t("cockpit.groupBy")}
              value={view.groupBy}
              options={groups.map((value) => ({ value, label: t(GROUP_KEYS[value]) }))}
              onChange={(groupBy) => onChange({ ...view, groupBy })}
            />
          </div>
        </Form.Item>
      </Form>
    </Card>
  );
}
