import { Button, Flex, Table, Tag, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router-dom";
import type { QueuedReport } from "../../../../../src/domain/contracts/report.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { ReportStatusTag } from "../../../components/ReportStatusTag.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { districtDisplayName } from "../../../lib/district-name.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";

interface QueueTableProps {
  reports: QueuedReport[];
  loading: boolean;
  /** The report whose review is being sent, to show its buttons busy. */
  busyId: number | null;
  onAccept: (report: QueuedReport) => void;
  onReturn: (report: QueuedReport) => void;
}

/** One row per report awaiting review, with what was reported and the two decisions. */
export function QueueTable({ reports, loading, busyId, onAccept, onReturn }: QueueTableProps) {
  const { t, language } = useI18n();
  const lookup = useReferenceLookup();
  const districtName = (code: string) => {
    const district = lookup?.district(code);
    return district ? districtDisplayName(district, language) : code;
  };

  const columns: TableColumnsType<QueuedReport> = [
    {
      title: t("review.colProject"),
      key: "project",
      fixed: "left",
      width: 240,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <Link to={`/projects/${r.project.id}`}>{r.project.name}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {districtName(r.project.districtCode)} · {r.project.specialCode}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("review.colMonth"),
      key: "month",
      width: 110,
      render: (_, r) => (
        <>
          {r.month}
          {r.version > 1 && (
            <Tag color="orange" style={{ marginInlineStart: 6 }}>
              {t("review.correction", { n: r.version })}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: t("review.colInvested"),
      key: "invested",
      align: "right",
      width: 130,
      render: (_, r) => formatFen(r.investedFen, "wan"),
    },
    { title: t("review.colProgress"), key: "pct", width: 90, render: (_, r) => `${r.progressPct}%` },
    {
      title: t("review.colText"),
      key: "text",
      width: 260,
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.progressText || t("common.none")}</span>
          {r.problems && <Typography.Text type="danger">{r.problems}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t("review.colSubmitted"),
      key: "at",
      width: 140,
      render: (_, r) => formatShanghaiTime(r.submittedAt),
    },
    {
      title: t("review.colStatus"),
      key: "status",
      width: 110,
      render: (_, r) => <ReportStatusTag status={r.status} reviews={r.reviews} />,
    },
    {
      title: t("review.colActions"),
      key: "actions",
      fixed: "right",
      width: 150,
      render: (_, r) => (
        <Flex gap={8}>
          <Button
            type="primary"
            size="small"
            loading={busyId === r.id}
            aria-label={t("review.acceptFor", { name: r.project.name })}
            onClick={() => onAccept(r)}
          >
            {t("review.accept")}
          </Button>
          <Button
            danger
            size="small"
            disabled={busyId === r.id}
            aria-label={t("review.returnFor", { name: r.project.name })}
            onClick={() => onReturn(r)}
          >
            {t("review.return")}
          </Button>
        </Flex>
      ),
    },
  ];

  return (
    <Table<QueuedReport>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={reports}
      loading={loading}
      pagination={{ pageSize: 20, size: "small", hideOnSinglePage: true }}
      scroll={{ x: "max-content" }}
      locale={{ emptyText: t("review.empty") }}
    />
  );
}
