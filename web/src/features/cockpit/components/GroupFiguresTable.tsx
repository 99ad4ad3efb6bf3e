import { Card, Table, Typography, type TableColumnsType } from "antd";
import type { Dashboard } from "../../../../../src/domain/contracts/dashboard.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, type DisplayUnit } from "../../../lib/money-display.js";
import { formatRate, type GroupFigures } from "../utils/cockpit-figures.js";

interface GroupFiguresTableProps {
  dashboard: Dashboard;
  unit: DisplayUnit;
  loading: boolean;
}

/** The figures behind the charts, one row per group. */
export function GroupFiguresTable({ dashboard, unit, loading }: GroupFiguresTableProps) {
  const { t, label } = useI18n();
  const none = t("common.none");
  const money = (key: "plannedFen" | "yearToDateFen" | "monthFen") => (_: unknown, g: GroupFigures) =>
    formatFen(g[key], unit);
  const columns: TableColumnsType<GroupFigures> = [
    { title: t("cockpit.colGroup"), key: "name", fixed: "left", width: 150, render: (_, g) => label(g) },
    { title: t("cockpit.projects"), dataIndex: "projects", key: "projects", align: "right", width: 70 },
    { title: t("cockpit.planned"), key: "planned", align: "right", width: 110, render: money("plannedFen") },
    { title: t("cockpit.completed"), key: "ytd", align: "right", width: 110, render: money("yearToDateFen") },
    {
      title: t("cockpit.monthInvested"),
      key: "month",
      align: "right",
      width: 100,
      render: money("monthFen"),
    },
    {
      title: t("cockpit.completionRate"),
      key: "completion",
      align: "right",
      width: 90,
      render: (_, g) => formatRate(g.completionRate, none),
    },
    {
      title: t("cockpit.startRate"),
      key: "start",
      align: "right",
      width: 110,
      render: (_, g) => `${formatRate(g.startRate, none)}（${g.started}/${g.startsPlannedYear}）`,
    },
    {
      title: t("cockpit.reported"),
      key: "reported",
      align: "right",
      width: 80,
      render: (_, g) => `${g.reported}/${g.reportsDue}`,
    },
    {
      title: t("cockpit.redYellow"),
      key: "lights",
      align: "right",
      width: 80,
      render: (_, g) => (
        <>
          <Typography.Text style={{ color: "#d4564e" }}>{g.red}</Typography.Text> /{" "}
          <Typography.Text style={{ color: "#d48806" }}>{g.yellow}</Typography.Text>
        </>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t("cockpit.tableTitle")}
      extra={
        <Typography.Text type="secondary">
          {t("cockpit.unitNote", { unit: t(unit === "yi" ? "unit.yi" : "unit.wan") })}
        </Typography.Text>
      }
      styles={{ body: { padding: 0 } }}
    >
      <Table<GroupFigures>
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={dashboard.groups}
        loading={loading}
        pagination={{ pageSize: 12, size: "small", hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: "max-content" }}
      />
    </Card>
  );
}
