import { Col, Flex, Row, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { lastMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useDashboard } from "../api/use-dashboard.js";
import { displayUnitFor } from "../utils/cockpit-figures.js";
import {
  parseCockpitView,
  ranksGroups,
  serializeCockpitView,
  type CockpitView,
} from "../utils/cockpit-view.js";
import { CockpitFilters } from "./CockpitFilters.js";
import { GroupFiguresTable } from "./GroupFiguresTable.js";
import { IndicatorProgressPanel } from "./IndicatorProgressPanel.js";
import { KpiCards } from "./KpiCards.js";
import { MonthlySeriesChart } from "./MonthlySeriesChart.js";
import { PlanVsCompletedChart } from "./PlanVsCompletedChart.js";
import { RankingPanel } from "./RankingPanel.js";
import { WarningsByGroupChart } from "./WarningsByGroupChart.js";

/** `/cockpit`: the month's dispatch at a glance — plan against completion, starts, lights, per group. */
export function CockpitPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const view = parseCockpitView(params, lastMonthInShanghai());
  const dashboard = useDashboard(view);
  const show = (next: CockpitView) => setParams(serializeCockpitView(next), { replace: true });

  const data = dashboard.data;
  const unit = data ? displayUnitFor(data.totals) : "yi";
  return (
    <>
      <PageTitle title={t("cockpit.title")} subtitle={t("cockpit.subtitle")} extra={<ScopeNote />} />
      <Flex vertical gap={16}>
        <CockpitFilters view={view} onChange={show} />
        {dashboard.isError ? (
          <ErrorState error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        ) : !data ? (
          <PageLoading />
        ) : (
          <>
            <Typography.Text type="secondary">
              {t("cockpit.asOf", { date: data.asOf, due: data.reportDueDate })}
            </Typography.Text>
            <KpiCards totals={data.totals} unit={unit} />
            <Row gutter={[16, 16]}>
              <Col span={24}>
                <PlanVsCompletedChart dashboard={data} unit={unit} />
              </Col>
              <Col xs={24} xl={10}>
                <MonthlySeriesChart series={data.series} unit={unit} />
              </Col>
              <Col xs={24} xl={14}>
                <WarningsByGroupChart dashboard={data} />
              </Col>
              {ranksGroups(data.groupBy) && (
                <Col span={24}>
                  <RankingPanel groups={data.groups} />
                </Col>
              )}
              <Col span={24}>
                <IndicatorProgressPanel month={data.month} />
              </Col>
              <Col span={24}>
                <GroupFiguresTable dashboard={data} unit={unit} loading={dashboard.isFetching} />
              </Col>
            </Row>
          </>
        )}
      </Flex>
    </>
  );
}
