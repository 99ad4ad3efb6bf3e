import { Card, Col, Row, Statistic, Typography } from "antd";
import type { DashboardFigures } from "../../../../../src/domain/contracts/dashboard.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, type DisplayUnit } from "../../../lib/money-display.js";
import { formatRate } from "../utils/cockpit-figures.js";

interface Kpi {
  key: string;
  title: string;
  value: string | number;
  note: string;
  color?: string;
}

/** The scope's headline figures for the month. */
export function KpiCards({ totals, unit }: { totals: DashboardFigures; unit: DisplayUnit }) {
  const { t } = useI18n();
  const unitName = t(unit === "yi" ? "unit.yi" : "unit.wan");
  const none = t("common.none");
  const kpis: Kpi[] = [
    {
      key: "planned",
      title: t("cockpit.kpiPlanned", { unit: unitName }),
      value: formatFen(totals.plannedFen, unit),
      note: t("cockpit.kpiProjects", { n: totals.projects }),
    },
    {
      key: "ytd",
      title: t("cockpit.kpiYearToDate", { unit: unitName }),
      value: formatFen(totals.yearToDateFen, unit),
      note: t("cockpit.kpiMonth", { amount: formatFen(totals.monthFen, unit) }),
    },
    {
      key: "completion",
      title: t("cockpit.kpiCompletionRate"),
      value: formatRate(totals.completionRate, none),
      note: t("cockpit.kpiCumulative", { amount: formatFen(totals.cumulativeFen, unit) }),
    },
    {
      key: "start",
      title: t("cockpit.kpiStartRate"),
      value: formatRate(totals.startRate, none),
      note: t("cockpit.kpiStarts", { started: totals.started, planned: totals.startsPlannedYear }),
    },
    {
      key: "red",
      title: t("cockpit.kpiRed"),
      value: totals.red,
      note: t("cockpit.kpiReported", { reported: totals.reported, due: totals.reportsDue }),
      color: "#d4564e",
    },
    {
      key: "yellow",
      title: t("cockpit.kpiYellow"),
      value: totals.yellow,
      note: t("cockpit.kpiGreen", { n: totals.green }),
      color: "#e6a23c",
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {kpis.map((kpi) => (
        <Col key={kpi.key} xs={12} md={8} xl={4}>
          <Card size="small" style={{ height: "100%" }}>
            <Statistic
              title={kpi.title}
              value={kpi.value}
              styles={{ content: { fontSize: 24, fontWeight: 600, color: kpi.color } }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {kpi.note}
            </Typography.Text>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
