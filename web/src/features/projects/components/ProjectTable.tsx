import { Empty, Table, Tag, Typography, type TableColumnsType, type TableProps } from "antd";
import { Link } from "react-router-dom";
import type { ProjectListItem } from "../../../../../src/domain/contracts/project.js";
import type { ReferenceLookup } from "../../../api/reference-lookup.js";
import { levelLabel, stageColor, stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen, type DisplayUnit } from "../../../lib/money-display.js";
import type { ListView, SortField, SortOrder } from "../utils/list-view.js";

interface ProjectTableProps {
  items: ProjectListItem[];
  loading: boolean;
  view: ListView;
  unit: DisplayUnit;
  lookup: ReferenceLookup | null;
  onSort: (sort: SortField | null, order: SortOrder | null) => void;
}

const CODE_STYLE = {
  fontFamily: "ui-monospace, Menlo, Consolas, monospace",
  fontSize: 12,
  whiteSpace: "nowrap",
} as const;

type SortOrderAntd = "ascend" | "descend" | null;

function toAntdOrder(view: ListView, field: SortField): SortOrderAntd {
  if (view.sort !== field) return null;
  return view.order === "asc" ? "ascend" : "descend";
}

function isSortField(key: unknown): key is SortField {
  return key === "totalInvestment" || key === "name" || key === "plannedStart";
}

/** One page of projects; sorting is done by the server, so the table only reports the chosen column. */
export function ProjectTable({ items, loading, view, unit, lookup, onSort }: ProjectTableProps) {
  const { t, label, language } = useI18n();

  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: t("col.name"),
      key: "name",
      sorter: true,
      sortDirections: ["ascend", "descend"],
      sortOrder: toAntdOrder(view, "name"),
      render: (_, row) => <Link to={`/projects/${row.id}`}>{row.name}</Link>,
    },
    {
      title: t("col.code"),
      key: "code",
      width: 200,
      render: (_, row) =>
        row.code ? (
          <Typography.Text style={CODE_STYLE}>{row.code}</Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ),
    },
    {
      title: t("col.special"),
      key: "special",
      width: 120,
      ellipsis: { showTitle: true },
      render: (_, row) => {
        const special = lookup?.special(row.specialCode);
        return special ? label(special) : row.specialCode;
      },
    },
    {
      title: t("col.district"),
      key: "district",
      width: 96,
      render: (_, row) => {
        const district = lookup?.district(row.districtCode);
        if (!district) return row.districtCode;
        return language === "en" ? district.nameEn : district.name;
      },
    },
    {
      title: t("col.stage"),
      key: "stage",
      width: language === "en" ? 128 : 88,
      render: (_, row) => <Tag color={stageColor(row.stage)}>{label(stageLabel(row.stage))}</Tag>,
    },
    {
      title: t("col.level"),
      key: "level",
      width: language === "en" ? 84 : 70,
      render: (_, row) => label(levelLabel(row.level)),
    },
    {
      title: t("col.owner"),
      dataIndex: "ownerName",
      key: "owner",
      width: language === "en" ? 130 : 150,
      ellipsis: { showTitle: true },
    },
    {
      title: unit === "yi" ? t("col.totalInvestmentYi") : t("col.totalInvestmentWan"),
      key: "totalInvestment",
      align: "right",
      width: 136,
      sorter: true,
      sortDirections: ["descend", "ascend"],
      sortOrder: toAntdOrder(view, "totalInvestment"),
      render: (_, row) => formatFen(row.totalInvestmentFen, unit),
    },
    {
      title: t("col.plannedStart"),
      key: "plannedStart",
      width: 100,
      sorter: true,
      sortDirections: ["ascend", "descend"],
      sortOrder: toAntdOrder(view, "plannedStart"),
      render: (_, row) => row.plannedStart ?? t("common.none"),
    },
  ];

  const handleChange: TableProps<ProjectListItem>["onChange"] = (_pagination, _filters, sorter) => {
    const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
    const field = chosen?.columnKey;
    const order = chosen?.order === "ascend" ? "asc" : chosen?.order === "descend" ? "desc" : null;
    onSort(isSortField(field) && order ? field : null, order);
  };

  return (
    <Table<ProjectListItem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      showSorterTooltip={false}
      scroll={{ x: 1160 }}
      onChange={handleChange}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("projects.empty")} /> }}
    />
  );
}
