import { Alert, Card, Flex, Table, Typography, type TableColumnsType } from "antd";
import type { Report } from "../../../../../src/domain/contracts/report.js";
import { ReportStatusTag } from "../../../components/ReportStatusTag.js";
import { formatShanghaiTime } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { reviewerRoleKey } from "../../../lib/report-status.js";

/** The versions already submitted for the month, newest first, and what submitting again means. */
export function MonthVersions({ month, versions }: { month: string; versions: Report[] }) {
  const { t } = useI18n();
  const latest = versions[0];
  if (!latest) return null;

  const columns: TableColumnsType<Report> = [
    {
      title: t("report.version"),
      key: "version",
      width: 90,
      render: (_, r) => (
        <>
          {t("report.versionN", { n: r.version })}
          {r.current && <Typography.Text type="secondary"> {t("report.currentVersion")}</Typography.Text>}
        </>
      ),
    },
    {
      title: t("report.submittedAt"),
      key: "at",
      width: 140,
      render: (_, r) => formatShanghaiTime(r.submittedAt),
    },
    {
      title: t("report.investedShort"),
      key: "invested",
      align: "right",
      width: 120,
      render: (_, r) => formatFen(r.investedFen, "wan"),
    },
    { title: t("report.progressShort"), key: "pct", width: 80, render: (_, r) => `${r.progressPct}%` },
    {
      title: t("report.status"),
      key: "status",
      width: 110,
      render: (_, r) => <ReportStatusTag status={r.status} reviews={r.reviews} />,
    },
    {
      title: t("report.reviews"),
      key: "reviews",
      render: (_, r) =>
        r.reviews.length === 0 ? (
          <Typography.Text type="secondary">{t("common.none")}</Typography.Text>
        ) : (
          <Flex vertical gap={2}>
            {r.reviews.map((v) => (
              <span key={`${v.reviewerRole}-${v.at}`}>
                {t(reviewerRoleKey(v.reviewerRole))}：
                {t(v.decision === "returned" ? "report.reviewReturned" : "report.reviewAccepted")}
                {v.reason && `（${v.reason}）`}
              </span>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Card size="small" title={t("report.versionsTitle", { month })}>
      <Flex vertical gap={12}>
        <Alert
          type={latest.status === "returned" ? "warning" : "info"}
          showIcon
          title={t("report.correctionNote", { n: latest.version, next: latest.version + 1 })}
        />
        <Table<Report>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={versions}
          pagination={false}
          scroll={{ x: "max-content" }}
        />
      </Flex>
    </Card>
  );
}
