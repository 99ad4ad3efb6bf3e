import { CheckOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import { APPROVAL_KIND_LABELS } from "../../../../../src/domain/approvals/rules.js";
import type { Approval } from "../../../../../src/domain/contracts/approvals.js";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useSession } from "../../../api/use-session.js";
import { ApprovalStatusTag } from "../../../components/ApprovalStatusTag.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectApprovals } from "../api/use-project-approvals.js";
import { CompleteApprovalDialog } from "./CompleteApprovalDialog.js";
import { RecordApprovalDialog } from "./RecordApprovalDialog.js";

/** 审批备案 on the project page: each item with its limits, working days used and SLA status; add and complete. */
export function ProjectApprovalsCard({ project }: { project: ProjectDetail }) {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const approvals = useProjectApprovals(project.id);
  const [recording, setRecording] = useState(false);
  const [completing, setCompleting] = useState<Approval | null>(null);
  const mayRecord = Boolean(me && !me.readOnly && me.permissions.includes("approvals.record"));
  const open = (approvals.data ?? []).filter((a) => a.completedOn === null).length;

  const columns: TableColumnsType<Approval> = [
    {
      title: t("approvals.col.kind"),
      key: "kind",
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
    { title: t("approvals.col.body"), dataIndex: "approvingBody", key: "body" },
    { title: t("approvals.col.submitted"), dataIndex: "submittedOn", key: "submitted", width: 110 },
    {
      title: t("approvals.col.completed"),
      key: "completed",
      width: 110,
      render: (_, row) => row.completedOn ?? t("common.none"),
    },
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
      title: t("approvals.col.status"),
      key: "status",
      width: 150,
      render: (_, row) => (
        <>
          <ApprovalStatusTag status={row.status} />
          {row.workingDaysOverdue > 0 && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t("approvals.overdueDays", { n: row.workingDaysOverdue })}
            </Typography.Text>
          )}
        </>
      ),
    },
    ...(mayRecord
      ? [
          {
            title: "",
            key: "actions",
            width: 90,
            render: (_: unknown, row: Approval) =>
              row.completedOn === null && (
                <Button size="small" icon={<CheckOutlined />} onClick={() => setCompleting(row)}>
                  {t("projectApprovals.complete")}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t("projectApprovals.title")}
      extra={
        <Flex gap={8} align="center">
          {open > 0 && <Tag color="processing">{t("projectApprovals.open", { n: open })}</Tag>}
          <Link to="/approvals">{t("projectApprovals.toBoard")}</Link>
          {mayRecord && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
              {t("projectApprovals.add")}
            </Button>
          )}
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      {approvals.isError ? (
        <ErrorState error={approvals.error} onRetry={() => void approvals.refetch()} />
      ) : (
        <Table<Approval>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={approvals.data ?? []}
          loading={approvals.isPending}
          pagination={{ pageSize: 10, size: "small", hideOnSinglePage: true }}
          scroll={{ x: 900 }}
          locale={{ emptyText: t("projectApprovals.empty") }}
        />
      )}
      {recording && <RecordApprovalDialog project={project} onClose={() => setRecording(false)} />}
      {completing && <CompleteApprovalDialog item={completing} onClose={() => setCompleting(null)} />}
    </Card>
  );
}
