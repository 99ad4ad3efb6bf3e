import { Alert, App, Button, Card, Flex, Form, Input, Typography } from "antd";
import { useState } from "react";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import type { Application } from "../../../../../src/domain/contracts/incentives.js";
import { hasSessionPermission } from "../../../api/session.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useApprovalQuote } from "../api/use-approval-quote.js";
import { useApplicationStep, type ApplicationStep } from "../api/use-application-step.js";
import { formatYuan, isYuanInput, yuanInputToFen } from "../utils/yuan-amount.js";
import { QuoteResultCard } from "./QuoteResultCard.js";

const UNDECIDED = ["submitted", "returned", "reviewed"];

/** What the caller may do with the application next, by permission and state. */
export function ApplicationActions({
  application,
  me,
}: {
  application: Application;
  me: Me | null | undefined;
}) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const step = useApplicationStep();
  const canReview = hasSessionPermission(me, "incentives.review") && application.status === "submitted";
  const canDecide = hasSessionPermission(me, "incentives.approve") && UNDECIDED.includes(application.status);
  const isOwner = hasSessionPermission(me, "incentives.apply");
  const canWithdraw = isOwner && UNDECIDED.includes(application.status);
  const canResubmit = isOwner && application.status === "returned";
  const quote = useApprovalQuote(application, canDecide && application.status === "reviewed");
  const [amount, setAmount] = useState<string | null>(null);
  const [reason, setReason] = useState("");

  const run = (s: ApplicationStep, done: string) =>
    step.mutate(
      { id: application.id, step: s },
      {
        onSuccess: () => {
          void message.success(done);
          setReason("");
        },
      },
    );

  if (!canReview && !canDecide && !canWithdraw && !canResubmit) return null;
  const suggested = quote.data?.maxAwardFen ? formatYuan(quote.data.maxAwardFen).replace(/,/g, "") : "";
  const amountText = amount ?? suggested;
  return (
    <Card size="small" title={t("inc.actions.title")}>
      <Flex vertical gap={12}>
        {step.isError && (
          <Alert
            type="error"
            showIcon
            title={t("inc.actions.failed")}
            description={describeError(step.error, language).message}
          />
        )}
        <Form layout="vertical">
          <Form.Item label={t("inc.actions.reason")}>
            <Input.TextArea
              aria-label={t("inc.actions.reason")}
              rows={2}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={1000}
            />
          </Form.Item>
        </Form>
        {canReview && (
          <Flex gap={8}>
            <Button
              type="primary"
              loading={step.isPending}
              onClick={() =>
                run({ kind: "reviews", body: { decision: "accepted", reason } }, t("inc.actions.accepted"))
              }
            >
              {t("inc.actions.accept")}
            </Button>
            <Button
              danger
              loading={step.isPending}
              onClick={() =>
                run({ kind: "reviews", body: { decision: "returned", reason } }, t("inc.actions.returned"))
              }
            >
              {t("inc.actions.return")}
            </Button>
          </Flex>
        )}
        {canDecide && application.status === "reviewed" && (
          <Flex vertical gap={8}>
            {quote.data && <QuoteResultCard quote={quote.data} />}
            {quote.isError && (
              <Alert type="error" showIcon title={describeError(quote.error, language).message} />
            )}
            <Typography.Text strong>{t("inc.actions.amount")}</Typography.Text>
            <Input
              aria-label={t("inc.actions.amount")}
              suffix={t("inc.yuan")}
              value={amountText}
              status={amountText && !isYuanInput(amountText) ? "error" : ""}
              onChange={(e) => setAmount(e.target.value)}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("inc.actions.amountNote")}
            </Typography.Text>
          </Flex>
        )}
        {canDecide && (
          <Flex gap={8}>
            {application.status === "reviewed" && (
              <Button
                type="primary"
                loading={step.isPending}
                disabled={!yuanInputToFen(amountText)}
                onClick={() =>
                  run(
                    {
                      kind: "decision",
                      body: { decision: "approved", amountFen: yuanInputToFen(amountText) ?? "0", reason },
                    },
                    t("inc.actions.approved"),
                  )
                }
              >
                {t("inc.actions.approve")}
              </Button>
            )}
            <Button
              danger
              loading={step.isPending}
              onClick={() =>
                run({ kind: "decision", body: { decision: "rejected", reason } }, t("inc.actions.rejected"))
              }
            >
              {t("inc.actions.reject")}
            </Button>
          </Flex>
        )}
        {(canWithdraw || canResubmit) && (
          <Flex gap={8}>
            {canResubmit && (
              <Button
                type="primary"
                loading={step.isPending}
                onClick={() =>
                  run({ kind: "resubmit", body: { note: reason } }, t("inc.actions.resubmitted"))
                }
              >
                {t("inc.actions.resubmit")}
              </Button>
            )}
            {canWithdraw && (
              <Button
                loading={step.isPending}
                onClick={() => run({ kind: "withdraw", body: { reason } }, t("inc.actions.withdrawn"))}
              >
                {t("inc.actions.withdraw")}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
