import { Card, Flex, Form } from "antd";
import { useSearchParams } from "react-router-dom";
import { ErrorState } from "../../../components/ErrorState.js";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { currentMonthInShanghai, isMonth, lastMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useWarnings } from "../api/use-warnings.js";
import { WarningProjectTable } from "./WarningProjectTable.js";
import { WarningRollupChart } from "./WarningRollupChart.js";
import { WarningSummary } from "./WarningSummary.js";

/** `/warnings`: the month's red and yellow lights, where they gather, and why each project has one. */
export function WarningBoardPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const monthParam = params.get("month");
  const month = isMonth(monthParam) ? monthParam : lastMonthInShanghai();
  const warnings = useWarnings(month);

  return (
    <>
      <PageTitle title={t("warnings.title")} subtitle={t("warnings.subtitle")} extra={<ScopeNote />} />
      <Flex vertical gap={16}>
        <Card size="small">
          <Form layout="inline">
            <Form.Item label={t("warnings.month")} htmlFor="warnings-month">
              <MonthPicker
                id="warnings-month"
                value={month}
                latest={currentMonthInShanghai()}
                onChange={(m) => m && setParams({ month: m }, { replace: true })}
              />
            </Form.Item>
          </Form>
        </Card>
        {warnings.isError ? (
          <ErrorState error={warnings.error} onRetry={() => void warnings.refetch()} />
        ) : !warnings.data ? (
          <PageLoading />
        ) : (
          <>
            <WarningSummary summary={warnings.data.summary} />
            <WarningRollupChart warnings={warnings.data} />
            <WarningProjectTable
              projects={warnings.data.projects}
              more={warnings.data.more}
              loading={warnings.isFetching}
            />
          </>
        )}
      </Flex>
    </>
  );
}
