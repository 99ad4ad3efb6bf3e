import { Alert, Card, Col, Empty, Flex, Row, Statistic, Table, Tabs, Tag, Typography } from "antd";
import { lazy, Suspense } from "react";
import { APPROVAL_KIND_LABELS } from "../../../../../src/domain/approvals/rules.js";
import type { ApprovalSummary } from "../../../../../src/domain/contracts/approvals.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { SLA_COLORS } from "../../../lib/approval-sla.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { chartedBodies, CHART_BODIES } from "../utils/speedup-chart.js";

// ECharts loads only when figures are there to draw.
const SpeedupByBodyChart = lazy(() =>
  import("./SpeedupByBodyChart.js").then((m) => ({ default: m.SpeedupByBodyChart })),
);

type FigureRow = ApprovalSummary["overall"] & { key: string; name: string };

const pct = (value: string | null) => (value === null ? "—" : `${value}%`);

/** The period's figures: completed, share within target, median speed-up against 50 %, open items; by body and kind. */
export function ApprovalSummaryPanel({ summary }: { summary: ApprovalSummary }) {
  const { t, label } = useI18n();
  const { overall, open } = summary;
  const charted = chartedBodies(summary.byBody);
  const figureColumns = [
    { title: t("approvals.table.group"), dataIndex: "name", key: "name" },
    {
      title: t("approvals.table.completed"),
      dataIndex: "completed",
      key: "completed",
      width: 90,
      align: "right" as const,
    },
    {
      title: t("approvals.table.withinTarget"),
      key: "within",
      width: 110,
      align: "right" as const,
      render: (_: unknown, row: FigureRow) => pct(row.withinTargetPct),
    },
    {
      title: t("approvals.table.median"),
      key: "median",
      width: 110,
      align: "right" as const,
      render: (_: unknown, row: FigureRow) => (
        <Typography.Text style={{ color: row.meetsPlan === false ? SLA_COLORS.red : undefined }}>
          {pct(row.medianSpeedupPct)}
        </Typography.Text>
      ),
    },
  ];
  const byKind: FigureRow[] = summary.byKind.map((k) => ({
    ...k,
    key: k.kind,
    name: label(APPROVAL_KIND_LABELS[k.kind]),
  }));
  const byBody: FigureRow[] = summary.byBody.map((b) => ({ ...b, key: b.body, name: b.body }));

  return (
    <Flex vertical gap={16}>
      {summary.calendarMissingYears.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t("approvals.summary.missingYears", { years: summary.calendarMissingYears.join("、") })}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t("approvals.summary.completed")} value={overall.completed} />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t("approvals.summary.withinTarget")} value={pct(overall.withinTargetPct)} />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card
            size="small"
            style={{
              borderTop: `3px solid ${overall.meetsPlan === false ? SLA_COLORS.red : SLA_COLORS.green}`,
            }}
          >
            <Statistic
              title={t("approvals.summary.median")}
              value={pct(overall.medianSpeedupPct)}
              styles={{
                content: {
                  color: overall.meetsPlan === false ? SLA_COLORS.red : SLA_COLORS.green,
                  fontWeight: 600,
                },
              }}
            />
            <Flex gap={6} align="center" wrap>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t("approvals.summary.planTarget", { pct: summary.planTargetPct })}
              </Typography.Text>
              {overall.meetsPlan !== null && (
                <Tag color={overall.meetsPlan ? "success" : "error"}>
                  {t(overall.meetsPlan ? "approvals.summary.meets" : "approvals.summary.below")}
                </Tag>
              )}
            </Flex>
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t("approvals.summary.open")} value={open.total} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("approvals.summary.openDetail", {
                within: open.withinTarget,
                risk: open.atRisk,
                overdue: open.overdue,
              })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("approvals.summary.rule")}
        {!summary.wholePlan && ` · ${t("approvals.summary.scoped")}`}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            size="small"
            title={t("approvals.chart.title")}
            extra={
              charted.length === CHART_BODIES && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t("approvals.chart.subtitle", { n: CHART_BODIES })}
                </Typography.Text>
              )
            }
          >
            {charted.length === 0 ? (
              <Empty description={t("approvals.chart.empty")} />
            ) : (
              <Suspense fallback={<PageLoading />}>
                <SpeedupByBodyChart rows={charted} summary={summary} />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" styles={{ body: { paddingTop: 0 } }}>
            <Tabs
              items={[
                {
                  key: "kind",
                  label: t("approvals.byKind.title"),
                  children: (
                    <Table<FigureRow>
                      size="small"
                      rowKey="key"
                      columns={figureColumns}
                      dataSource={byKind}
                      pagination={false}
                    />
                  ),
                },
                {
                  key: "body",
                  label: t("approvals.byBody.title"),
                  children: (
                    <Table<FigureRow>
                      size="small"
                      rowKey="key"
                      columns={figureColumns}
                      dataSource={byBody}
                      pagination={{ pageSize: 10, size: "small", hideOnSinglePage: true }}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
