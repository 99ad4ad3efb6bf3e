import { Card, Col, Flex, Row, Statistic, Table, Typography, type TableColumnsType } from "antd";
import type { FinancingSummary } from "../../../../../src/domain/contracts/financing.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatFen } from "../../../lib/money-display.js";
import { useFinancingSummary } from "../api/use-financing-summary.js";
import { securedShare } from "../utils/whitelist-view.js";

const yi = (value: string) => formatFen(value, "yi");
type SourceRow = FinancingSummary["bySource"][number];
type SectorRow = FinancingSummary["bySector"][number];

/** `/financing`: planned and secured funding and the gap over the caller's projects, by source and by sector. */
export function FinancingSummaryPage() {
  const { t, term, label } = useI18n();
  const summary = useFinancingSummary();
  if (summary.isPending) return <PageLoading />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const { totals, bySource, bySector } = summary.data;

  const money = (key: "plannedFen" | "securedFen" | "gapFen", title: string) => ({
    title,
    key,
    align: "right" as const,
    render: (_: unknown, row: SourceRow | SectorRow) => yi(row[key]),
  });
  const sourceColumns: TableColumnsType<SourceRow> = [
    { title: t("financing.colSource"), key: "source", render: (_, r) => term(r.source) },
    { title: t("financing.colProjects"), dataIndex: "projects", align: "right" },
    money("plannedFen", t("financing.colPlanned")),
    money("securedFen", t("financing.colSecured")),
    money("gapFen", t("financing.colGap")),
    {
      title: t("financing.colSecuredShare"),
      key: "share",
      align: "right",
      render: (_, r) => securedShare(r.securedFen, r.plannedFen),
    },
  ];
  const sectorColumns: TableColumnsType<SectorRow> = [
    { title: t("financing.colSector"), key: "sector", render: (_, r) => label(r) },
    { title: t("financing.colProjects"), dataIndex: "projects", align: "right" },
    {
      title: t("financing.colTotal"),
      key: "total",
      align: "right",
      render: (_, r) => yi(r.totalInvestmentFen),
    },
    money("securedFen", t("financing.colSecured")),
    money("gapFen", t("financing.colGap")),
    {
      title: t("financing.colSecuredShare"),
      key: "share",
      align: "right",
      render: (_, r) => securedShare(r.securedFen, r.totalInvestmentFen),
    },
  ];

  return (
    <>
      <PageTitle title={t("financing.title")} subtitle={t("financing.subtitle")} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={32} wrap>
            <Statistic title={t("financing.projects")} value={totals.projects} />
            <Statistic title={t("financing.total")} value={yi(totals.totalInvestmentFen)} />
            <Statistic title={t("financing.planned")} value={yi(totals.plannedFen)} />
            <Statistic title={t("financing.secured")} value={yi(totals.securedFen)} />
            <Statistic
              title={t("financing.gap")}
              value={yi(totals.gapFen)}
              styles={{ content: { color: "#cf1322" } }}
            />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("financing.sourceGapNote")}
          </Typography.Text>
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={13}>
            <Card size="small" title={t("financing.bySource")} styles={{ body: { padding: 0 } }}>
              <Table<SourceRow>
                size="small"
                rowKey="source"
                columns={sourceColumns}
                dataSource={bySource}
                pagination={false}
              />
            </Card>
          </Col>
          <Col xs={24} xl={11}>
            <Card size="small" title={t("financing.bySector")} styles={{ body: { padding: 0 } }}>
              <Table<SectorRow>
                size="small"
                rowKey="code"
                columns={sectorColumns}
                dataSource={bySector}
                pagination={false}
              />
            </Card>
          </Col>
        </Row>
      </Flex>
    </>
  );
}
