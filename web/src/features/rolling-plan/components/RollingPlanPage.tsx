import { Card, Flex, Form, Segmented, Select, Typography } from "antd";
import { useSearchParams } from "react-router-dom";
import { useReference } from "../../../api/use-reference.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRollingPlan } from "../api/use-rolling-plan.js";
import {
  parseRollingPlanView,
  serializeRollingPlanView,
  windowStartOptions,
  WINDOW_YEARS,
  type Grouping,
  type RollingPlanView,
} from "../utils/rolling-plan-view.js";
import { RollingPlanChart } from "./RollingPlanChart.js";
import { RollingPlanTable } from "./RollingPlanTable.js";

/** `/rolling-plan`: the three-year rolling plan by sector, special or district, against the plan's targets. */
export function RollingPlanPage() {
  const { t } = useI18n();
  const reference = useReference();
  const [searchParams, setSearchParams] = useSearchParams();
  const planStart = reference.data?.plan.startYear ?? 2020;
  const planEnd = reference.data?.plan.endYear ?? planStart + WINDOW_YEARS - 1;
  const view = parseRollingPlanView(searchParams, planStart);
  const plan = useRollingPlan(view);
  const show = (next: RollingPlanView) => setSearchParams(serializeRollingPlanView(next, planStart));

  const groupings: { value: Grouping; label: string }[] = [
    { value: "sector", label: t("rolling.bySector") },
    { value: "special", label: t("rolling.bySpecial") },
    { value: "district", label: t("rolling.byDistrict") },
  ];

  return (
    <>
      <PageTitle title={t("rolling.title")} subtitle={t("rolling.subtitle")} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Form layout="inline">
            <Form.Item label={t("rolling.from")} htmlFor="rolling-from">
              <Select
                id="rolling-from"
                style={{ width: 120 }}
                value={view.from}
                options={windowStartOptions(planStart, planEnd).map((year) => ({
                  value: year,
                  label: t("rolling.yearOption", { year }),
                }))}
                onChange={(from: number) => show({ ...view, from })}
              />
            </Form.Item>
            <Form.Item>
              <Typography.Text type="secondary">
                {t("rolling.window", { from: view.from, to: view.from + view.years - 1 })}
              </Typography.Text>
            </Form.Item>
            <Form.Item label={t("rolling.groupBy")}>
              <Segmented<Grouping>
                aria-label={t("rolling.groupBy")}
                value={view.groupBy}
                options={groupings}
                onChange={(groupBy) => show({ ...view, groupBy })}
              />
            </Form.Item>
          </Form>
        </Card>
        {plan.isError ? (
          <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
        ) : !plan.data ? (
          <PageLoading />
        ) : (
          <>
            <Card size="small" title={t("rolling.chartTitle")}>
              <RollingPlanChart plan={plan.data} grouping={view.groupBy} />
            </Card>
            <Card
              size="small"
              title={t("rolling.tableTitle")}
              extra={<Typography.Text type="secondary">{t("rolling.unitNote")}</Typography.Text>}
            >
              <RollingPlanTable plan={plan.data} grouping={view.groupBy} loading={plan.isFetching} />
            </Card>
          </>
        )}
      </Flex>
    </>
  );
}
