import { Alert, Card, Col, Flex, Form, Row, Typography } from "antd";
import { ErrorState } from "../../../components/ErrorState.js";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { PageLoading } from "../../../components/PageLoading.js";
import { currentMonthInShanghai } from "../../../lib/business-month.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useReportStatus } from "../api/use-report-status.js";
import { OverdueList } from "./OverdueList.js";
import { TallyStats } from "./TallyStats.js";
import { TallyTable } from "./TallyTable.js";

/** 报送情况: a month's reports due, on time, late, missing and awaiting review, by district and department. */
export function ReportStatusPanel({ month, onMonth }: { month: string; onMonth: (month: string) => void }) {
  const { t, label } = useI18n();
  const status = useReportStatus(month);

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Form layout="inline">
          <Form.Item label={t("review.month")} htmlFor="status-month">
            <MonthPicker
              id="status-month"
              value={month}
              onChange={(m) => m && onMonth(m)}
              latest={currentMonthInShanghai()}
            />
          </Form.Item>
          {status.data && (
            <Form.Item>
              <Typography.Text type={status.data.deadlinePassed ? "danger" : "secondary"}>
                {t(status.data.deadlinePassed ? "review.deadlinePassed" : "review.deadlineOpen", {
                  date: status.data.dueDate,
                })}
              </Typography.Text>
            </Form.Item>
          )}
        </Form>
      </Card>
      {status.isError ? (
        <ErrorState error={status.error} onRetry={() => void status.refetch()} />
      ) : !status.data ? (
        <PageLoading />
      ) : (
        <>
          <TallyStats tally={status.data.totals} />
          {!status.data.deadlinePassed && status.data.totals.missing > 0 && (
            <Alert type="info" showIcon title={t("review.notYetDue", { date: status.data.dueDate })} />
          )}
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <TallyTable
                title={t("review.byDistrict")}
                nameHeader={t("review.colDistrict")}
                rows={status.data.byDistrict.map((d) => ({ ...d, key: d.code, name: label(d) }))}
              />
            </Col>
            <Col xs={24} xl={12}>
              <TallyTable
                title={t("review.byDepartment")}
                nameHeader={t("review.colDepartment")}
                rows={status.data.byDepartment.map((d) => ({ ...d, key: String(d.id), name: d.zh }))}
              />
            </Col>
            <Col xs={24} xl={12}>
              <OverdueList title={t("review.missingTitle")} projects={status.data.missing} kind="missing" />
            </Col>
            <Col xs={24} xl={12}>
              <OverdueList title={t("review.lateTitle")} projects={status.data.late} kind="late" />
            </Col>
          </Row>
        </>
      )}
    </Flex>
  );
}
