import { Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import { APPROVAL_KIND_LABELS } from "../../../../../src/domain/approvals/rules.js";
import type { Approval } from "../../../../../src/domain/contracts/approvals.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { ApprovalStatusTag } from "../../../components/ApprovalStatusTag.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** The board's items: project, kind, body, dates, limits and working days used, status in SLA colours. */
export function ApprovalTable({ items, loading }: { items: Approval[]; loading: boolean }) {
  const { t, label, language } = useI18n();
  const lookup = useReferenceLookup();
  const columns: TableColumnsType<Approval> = [
    {
      title: t("approvals.col.project"),
      key: "project",
      width: 260,
      render: (_, row) => {
        const district = lookup?.district(row.project.districtCode);
        return (
          <>
            <Link to={`/projects/${row.project.id}`}>{row.project.name}</Link>
            <br />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {district ? districtDisplayName(district, language) : row.project.districtCode}
            </Typography.Text>
          </>
        );
      },
    },
    {
      title: t("approvals.col.kind"),
      key: "kind",
      width: 150,
      render: (_, row) => (
        <>
          {label(APPROVAL_KIND_LABELS[row.kind])}
          {row.commitment && (
            <Tag style={{ marginInlineStart: 6 }} variant="filled">
              {t("approvals.commitment")}
            </Tag>
          )}
        </>
      ),
    },
    { title: t("approvals.col.body"), dataIndex: "approvingBody", key: "body", width: 170 },
    { title: t("approvals.col.submitted"), dataIndex: "submittedOn", key: "submitted", width: 110 },
    {
      title: t("approvals.col.limits"),
      key: "limits",
      width: 120,
      render: (_, row) => t("approvals.limits", { statutory: row.statutoryDays, target: row.targetDays }),
    },
    {
      title: t("approvals.col.elapsed"),
      dataIndex: "elapsedDays",
      key: "elapsed",
      width: 100,
      align: "right",
    },
    {
      title: t("approvals.col.targetDue"),
      key: "targetDue",
      width: 130,
      render: (_, row) =>
        row.workingDaysOverdue > 0 ? (
          <Typography.Text type="danger">
            {row.targetDue}
            <br />
            {t("approvals.overdueDays", { n: row.workingDaysOverdue })}
          </Typography.Text>
        ) : (
          row.targetDue
        ),
    },
    {
      title: t("approvals.col.completed"),
      key: "completed",
      width: 110,
      render: (_, row) => row.completedOn ?? t("common.none"),
    },
    {
      title: t("approvals.col.status"),
      key: "status",
      width: 130,
      render: (_, row) => <ApprovalStatusTag status={row.status} />,
    },
    {
      title: t("approvals.col.speedup"),
      key: "speedup",
      width: 80,
      align: "right",
      render: (_, row) => (row.speedupPct === null ? t("common.none") : `${row.speedupPct}%`),
    },
  ];
  return (
    <Table<Approval>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 1400 }}
      locale={{ emptyText: t("approvals.empty") }}
    />
  );
}
