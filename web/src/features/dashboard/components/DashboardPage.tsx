import { Alert, Col, Flex, Row } from "antd";
import { useCallback } from "react";
import { useReference } from "../../../api/use-reference.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { usePlanSummary } from "../api/use-plan-summary.js";
import { DiscrepancyList } from "./DiscrepancyList.js";
import { DistrictMap } from "./DistrictMap.js";
import { DistrictRanking } from "./DistrictRanking.js";
import { PlanCategoryPanel } from "./PlanCategoryPanel.js";
import { SectorComparisonChart } from "./SectorComparisonChart.js";
import { SpecialsTable } from "./SpecialsTable.js";
import { StageDistributionChart } from "./StageDistributionChart.js";
import { SummaryStats } from "./SummaryStats.js";

/** `/`: the plan's targets against the project library, for the city's portfolio managers. */
export function DashboardPage() {
  const { t, label, language } = useI18n();
  const summary = usePlanSummary();
  const reference = useReference();

  const districtName = useCallback(
    (code: string, fallback: string) => {
      if (language === "zh") return fallback;
      return reference.data?.districts.find((d) => d.code === code)?.nameEn ?? fallback;
    },
    [language, reference.data],
  );
  const sectorName = useCallback(
    (code: string) => {
      const sector = summary.data?.sectors.find((s) => s.code === code);
      return sector ? label(sector) : code;
    },
    [summary.data, label],
  );

  if (summary.isPending) return <PageLoading />;
  if (summary.isError) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;

  const data = summary.data;
  return (
    <>
      <PageTitle
        title={t("dashboard.title")}
        subtitle={`${data.plan.name} · ${data.plan.code}`}
        extra={<ScopeNote />}
      />
      <Flex vertical gap={16}>
        {data.matches ? (
          <Alert
            type="success"
            showIcon
            title={
              <>
                {t("dashboard.matches")}
                {data.discrepancies.length > 0 && (
                  <>
                    {" "}
                    <a href="#discrepancies">
                      {t("discrepancies.planNotes", { n: data.discrepancies.length })}
                    </a>
                  </>
                )}
              </>
            }
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={
              <>
                {t("dashboard.differs")}{" "}
                <a href="#discrepancies">{t("discrepancies.count", { n: data.discrepancies.length })}</a>
              </>
            }
          />
        )}
        <SummaryStats summary={data} categoryCount={reference.data?.categories.length ?? 0} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={15}>
            <SectorComparisonChart sectors={data.sectors} />
          </Col>
          <Col xs={24} xl={9}>
            <PlanCategoryPanel categories={data.planCategories} />
          </Col>
          <Col span={24}>
            <SpecialsTable specials={data.specials} sectorName={sectorName} />
          </Col>
          <Col xs={24} xl={14}>
            <DistrictRanking districts={data.districts} districtName={districtName} height={700} />
          </Col>
          <Col xs={24} xl={10}>
            <Flex vertical gap={16}>
              <DistrictMap districts={data.districts} districtName={districtName} />
              <StageDistributionChart stages={data.stages} />
            </Flex>
          </Col>
          <Col span={24}>
            <DiscrepancyList discrepancies={data.discrepancies} />
          </Col>
        </Row>
      </Flex>
    </>
  );
}
