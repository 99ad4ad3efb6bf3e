import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { Link } from "react-router-dom";
import type { Problem } from "../../../../../src/domain/contracts/problems.js";
import {
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_STATUS_LABELS,
  PROBLEM_TIER_LABELS,
} from "../../../../../src/domain/dispatch/problems.js";
import { useSession } from "../../../api/use-session.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useProjectProblems } from "../api/use-project-problems.js";
import { RaiseProjectProblemDialog } from "./RaiseProjectProblemDialog.js";

const STATUS_COLORS = { open: "orange", in_progress: "processing", resolved: "success" } as const;

/** 问题协调 on the project page: the project's problems with tier and status, and a raise button. */
export function ProjectProblemsCard({ projectId }: { projectId: number }) {
  const { t, label } = useI18n();
  const { data: me } = useSession();
  const problems = useProjectProblems(projectId);
  const [raising, setRaising] = useState(false);
  const mayRaise = Boolean(me && !me.readOnly && me.permissions.includes("problems.coordinate"));
  const unresolved = (problems.data ?? []).filter((p) => p.status !== "resolved").length;

  const columns: TableColumnsType<Problem> = [
    { title: t("coordination.col.title"), dataIndex: "title", key: "title" },
    {
      title: t("coordination.col.category"),
      key: "category",
      width: 110,
      render: (_, row) => label(PROBLEM_CATEGORY_LABELS[row.category]),
    },
    {
      title: t("coordination.col.tier"),
      key: "tier",
      width: 130,
      render: (_, row) => <Tag>{label(PROBLEM_TIER_LABELS[row.tier])}</Tag>,
    },
    {
      title: t("coordination.col.status"),
      key: "status",
      width: 100,
      render: (_, row) => (
        <Tag color={STATUS_COLORS[row.status]}>{label(PROBLEM_STATUS_LABELS[row.status])}</Tag>
      ),
    },
    { title: t("coordination.col.unit"), dataIndex: "responsibleUnit", key: "unit" },
    {
      title: t("coordination.col.dueDate"),
      key: "dueDate",
      width: 120,
      render: (_, row) =>
        row.overdue ? (
          <Typography.Text type="danger" strong>
            {row.dueDate}
            <br />
            {t("coordination.overdueDays", { n: row.daysOverdue })}
          </Typography.Text>
        ) : (
          row.dueDate
        ),
    },
  ];

  return (
    <Card
      size="small"
      title={t("projectProblems.title")}
      extra={
        <Flex gap={8} align="center">
          {unresolved > 0 && <Tag color="warning">{t("projectProblems.unresolved", { n: unresolved })}</Tag>}
          <Link to="/coordination">{t("projectProblems.toBoard")}</Link>
          {mayRaise && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
              {t("coordination.raise")}
            </Button>
          )}
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      {problems.isError ? (
        <ErrorState error={problems.error} onRetry={() => void problems.refetch()} />
      ) : (
        <Table<Problem>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={problems.data ?? []}
          loading={problems.isPending}
          pagination={{ pageSize: 10, size: "small", hideOnSinglePage: true }}
          locale={{ emptyText: t("projectProblems.empty") }}
        />
      )}
      {raising && <RaiseProjectProblemDialog projectId={projectId} onClose={() => setRaising(false)} />}
    </Card>
  );
}
