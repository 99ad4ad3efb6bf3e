import { App, Card, Flex, Form, Typography } from "antd";
import { useState } from "react";
import type { QueuedReport } from "../../../../../src/domain/contracts/report.js";
import { ErrorState } from "../../../components/ErrorState.js";
import { MonthPicker } from "../../../components/MonthPicker.js";
import { currentMonthInShanghai } from "../../../lib/business-month.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useReviewQueue } from "../api/use-review-queue.js";
import { useReviewReport } from "../api/use-review-report.js";
import { QueueTable } from "./QueueTable.js";
import { ReturnDialog } from "./ReturnDialog.js";

interface ReviewQueueProps {
  month: string | null;
  onMonth: (month: string | null) => void;
}

/** The reports awaiting the caller's unit: accept in one click, or return with a reason. */
export function ReviewQueue({ month, onMonth }: ReviewQueueProps) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const queue = useReviewQueue(month);
  const review = useReviewReport();
  const [returning, setReturning] = useState<QueuedReport | null>(null);

  const accept = (report: QueuedReport) =>
    review.mutate(
      { reportId: report.id, decision: "accepted", reason: "" },
      {
        onSuccess: () => void message.success(t("review.acceptedToast", { name: report.project.name })),
        onError: (error) => void message.error(describeError(error, language).message),
      },
    );

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Form layout="inline">
          <Form.Item label={t("review.month")} htmlFor="review-month">
            <MonthPicker
              id="review-month"
              value={month}
              onChange={onMonth}
              latest={currentMonthInShanghai()}
              allowClear
              placeholder={t("review.allMonths")}
            />
          </Form.Item>
          <Form.Item>
            <Typography.Text type="secondary">
              {queue.data ? t("review.queueCount", { n: queue.data.length }) : t("common.loading")}
            </Typography.Text>
          </Form.Item>
        </Form>
      </Card>
      {queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <QueueTable
          reports={queue.data ?? []}
          loading={queue.isFetching}
          busyId={review.isPending ? (review.variables?.reportId ?? null) : null}
          onAccept={accept}
          onReturn={setReturning}
        />
      )}
      <ReturnDialog report={returning} onClose={() => setReturning(null)} />
    </Flex>
  );
}
