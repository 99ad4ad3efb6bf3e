import { Card, Col, Empty, Flex, Form, Row, Select, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router-dom";
import type { IndicatorStatus } from "../../../../../src/domain/contracts/indicators.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { todayInShanghai } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useIndicators } from "../api/use-indicators.js";
import {
  composePeriod,
  monthOptions,
  periodFromSearch,
  periodParts,
  yearOptions,
} from "../utils/indicator-view.js";
import { IndicatorCard } from "./IndicatorCard.js";
import { IndicatorHistoryDrawer } from "./IndicatorHistoryDrawer.js";
import { RecordValueDialog } from "./RecordValueDialog.js";

const WHOLE_YEAR = 0;

/** `/indicators`: the plan's KPI targets for a year or a month, with their history and, for some roles, recording. */
export function IndicatorsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  const today = todayInShanghai();
  const period = periodFromSearch(search, today);
  const list = useIndicators(period);
  const [historyOf, setHistoryOf] = useState<IndicatorStatus | null>(null);
  const [recording, setRecording] = useState<IndicatorStatus | null>(null);
  const firstYear = list.data?.planStartYear ?? 2020;
  const { year, month } = periodParts(period);

  const show = (nextYear: number, nextMonth: number | null) => {
    const valid = nextMonth !== null && monthOptions(nextYear, today).includes(nextMonth) ? nextMonth : null;
    const next = composePeriod(nextYear, valid);
    setSearch(next === today.slice(0, 4) ? {} : { period: next });
  };

  return (
    <>
      <PageTitle title={t("indicators.title")} subtitle={t("indicators.subtitle")} extra={<ScopeNote />} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Form layout="inline">
            <Form.Item label={t("indicators.year")} htmlFor="indicator-year">
              <Select
                id="indicator-year"
                style={{ width: 120 }}
                value={year}
                options={yearOptions(firstYear, today).map((y) => ({
                  value: y,
                  label: t("indicators.yearOption", { year: y }),
                }))}
                onChange={(y: number) => show(y, month)}
              />
            </Form.Item>
            <Form.Item label={t("indicators.month")} htmlFor="indicator-month">
              <Select
                id="indicator-month"
                style={{ width: 120 }}
                value={month ?? WHOLE_YEAR}
                options={[
                  { value: WHOLE_YEAR, label: t("indicators.wholeYear") },
                  ...monthOptions(year, today).map((m) => ({
                    value: m,
                    label: t("indicators.monthOption", { month: m }),
                  })),
                ]}
                onChange={(m: number) => show(year, m === WHOLE_YEAR ? null : m)}
              />
            </Form.Item>
            {list.data && (
              <Form.Item>
                <Typography.Text type="secondary">
                  {t("indicators.asOf", { period: list.data.period, today: list.data.today })}
                </Typography.Text>
              </Form.Item>
            )}
          </Form>
        </Card>
        {list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : !list.data ? (
          <PageLoading />
        ) : list.data.items.length === 0 ? (
          <Empty description={t("indicators.empty")} />
        ) : (
          <Row gutter={[16, 16]}>
            {list.data.items.map((indicator) => (
              <Col key={indicator.code} xs={24} lg={12} xxl={8}>
                <IndicatorCard
                  indicator={indicator}
                  canRecord={list.data.canRecord}
                  onHistory={() => setHistoryOf(indicator)}
                  onRecord={() => setRecording(indicator)}
                />
              </Col>
            ))}
          </Row>
        )}
      </Flex>
      <IndicatorHistoryDrawer indicator={historyOf} onClose={() => setHistoryOf(null)} />
      <RecordValueDialog
        key={recording?.code ?? "closed"}
        indicator={recording}
        period={period}
        onClose={() => setRecording(null)}
      />
    </>
  );
}
