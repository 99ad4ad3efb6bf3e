import { Button, Card, DatePicker, Flex, Form, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useSearchParams } from "react-router-dom";
import type { Approval } from "../../../../../src/domain/contracts/approvals.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { PageTitle } from "../../../components/PageTitle.js";
import { ScopeNote } from "../../../components/ScopeNote.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useApprovalSummary } from "../api/use-approval-summary.js";
import { useApprovals } from "../api/use-approvals.js";
import {
  parseApprovalFilters,
  serializeApprovalFilters,
  summaryPeriod,
  type ApprovalFilters,
} from "../utils/approval-filters.js";
import { ApprovalFilterBar } from "./ApprovalFilterBar.js";
import { ApprovalSummaryPanel } from "./ApprovalSummaryPanel.js";
import { ApprovalTable } from "./ApprovalTable.js";
import { CalendarSection } from "./CalendarSection.js";

/**
 * `/approvals`: how fast approvals and filings are done against the law (the plan's 50 % speed-up) over
 * a period, the board of items in SLA colours, and the holiday calendar the working days follow.
 */
export function ApprovalsPage() {
  const { t } = useI18n();
  const [searchParams, setSearchParams] = useSearchParams();
  const today = todayInShanghai();
  const period = summaryPeriod(searchParams, today);
  const filters = parseApprovalFilters(searchParams);
  const filterKey = serializeApprovalFilters(filters).toString();
  const summary = useApprovalSummary(period);
  const list = useApprovals(filters);
  const items: Approval[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  const asOf = list.data?.pages[0]?.asOf ?? today;

  const search = (next: ApprovalFilters) => setSearchParams(serializeApprovalFilters(next, searchParams));
  const choosePeriod = (range: [Dayjs | null, Dayjs | null] | null) => {
    const from = fromPickerDate(range?.[0]);
    const to = fromPickerDate(range?.[1]);
    const next = serializeApprovalFilters(filters);
    if (from && to) {
      next.set("from", from);
      next.set("to", to);
    }
    setSearchParams(next, { replace: true });
  };

  return (
    <>
      <PageTitle title={t("approvals.title")} subtitle={t("approvals.subtitle")} extra={<ScopeNote />} />
      <Flex vertical gap={16}>
        <Card size="small" title={t("approvals.summary.title")}>
          <Flex vertical gap={16}>
            <Form layout="inline">
              <Form.Item label={t("approvals.summary.period")} htmlFor="approvals-period">
                <DatePicker.RangePicker
                  id="approvals-period"
                  allowClear={false}
                  value={[toPickerDate(period.from), toPickerDate(period.to)]}
                  disabledDate={(d) => d.format("YYYY-MM-DD") > today}
                  onChange={choosePeriod}
                />
              </Form.Item>
            </Form>
            {summary.isError ? (
              <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
            ) : !summary.data ? (
              <PageLoading />
            ) : (
              <ApprovalSummaryPanel summary={summary.data} />
            )}
          </Flex>
        </Card>
        <Card size="small">
          <ApprovalFilterBar
            key={filterKey}
            filters={filters}
            bodies={(summary.data?.byBody ?? []).map((b) => b.body)}
            onSearch={search}
          />
        </Card>
        <Card size="small">
          {list.isError ? (
            <ErrorState error={list.error} onRetry={() => void list.refetch()} />
          ) : (
            <>
              <ApprovalTable
                items={items}
                loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)}
              />
              <Flex justify="space-between" align="center" style={{ marginTop: 12 }}>
                <Typography.Text type="secondary" role="status">
                  {list.data ? t("approvals.loaded", { n: items.length, date: asOf }) : ""}
                </Typography.Text>
                {list.hasNextPage && (
                  <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                    {t("approvals.more")}
                  </Button>
                )}
              </Flex>
            </>
          )}
        </Card>
        <CalendarSection />
      </Flex>
    </>
  );
}
