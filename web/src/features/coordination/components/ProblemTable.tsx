import { Button, Table, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import type { Problem } from "../../../../../src/domain/contracts/problems.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { CategoryText, DueDate, StatusTag, TierTag } from "./ProblemTags.js";

interface ProblemTableProps {
  items: Problem[];
  loading: boolean;
  onOpen: (problem: Problem) => void;
}

/** The problems with their tier and status as tags; overdue rows are marked red. */
export function ProblemTable({ items, loading, onOpen }: ProblemTableProps) {
  const { t, language } = useI18n();
  const lookup = useReferenceLookup();
  const columns: TableColumnsType<Problem> = [
    {
      title: t("coordination.col.title"),
      key: "title",
      render: (_, row) => (
        <Button
          type="link"
          style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "left" }}
          onClick={() => onOpen(row)}
        >
          {row.title}
        </Button>
      ),
    },
    {
      title: t("coordination.col.project"),
      key: "project",
      render: (_, row) => <Link to={`/projects/${row.project.id}`}>{row.project.name}</Link>,
    },
    {
      title: t("coordination.col.district"),
      key: "district",
      width: 110,
      render: (_, row) => {
        const district = lookup?.district(row.project.districtCode);
        return district ? districtDisplayName(district, language) : row.project.districtCode;
      },
    },
    {
      title: t("coordination.col.category"),
      key: "category",
      width: 100,
      render: (_, row) => <CategoryText category={row.category} />,
    },
    {
      title: t("coordination.col.tier"),
      key: "tier",
      width: 130,
      render: (_, row) => <TierTag tier={row.tier} />,
    },
    {
      title: t("coordination.col.status"),
      key: "status",
      width: 100,
      render: (_, row) => <StatusTag status={row.status} />,
    },
    { title: t("coordination.col.unit"), dataIndex: "responsibleUnit", key: "unit" },
    {
      title: t("coordination.col.dueDate"),
      key: "dueDate",
      width: 120,
      render: (_, row) => <DueDate {...row} />,
    },
  ];
  return (
    <Table<Problem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      rowClassName={(row) => (row.overdue ? "problem-overdue" : "")}
      locale={{ emptyText: t("coordination.empty") }}
    />
  );
}
