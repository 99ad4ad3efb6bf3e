import { Alert, App, Form, Input, Modal, Radio, Table, Typography } from "antd";
import { useState } from "react";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { CREDIT_DECISIONS, type CreditDecision } from "../../../../../src/domain/financing/whitelist.js";
import { amountInputProblem, parseAmountInput } from "../../../lib/amount-input.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { formatShanghaiDateTime } from "../../../lib/shanghai-time.js";
import { useCreditDecision } from "../api/use-credit-decision.js";
import { useEntryDecisions } from "../api/use-entry-decisions.js";
import { DecisionTag } from "./StatusTags.js";

interface DecisionValues {
  decision: CreditDecision;
  amountWan?: string;
  note?: string;
}

/** A bank records its decision on a published project, in 万元, and sees its own earlier decisions. */
export function DecisionDialog({ entry, onClose }: { entry: WhitelistEntry | null; onClose: () => void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const decide = useCreditDecision();
  const history = useEntryDecisions(entry?.id ?? null);
  const [failure, setFailure] = useState<unknown>(null);
  const decision = Form.useWatch("decision", form);

  const submit = (values: DecisionValues) => {
    if (!entry) return;
    setFailure(null);
    const amount = values.decision === "declined" ? 0n : (parseAmountInput(values.amountWan) ?? 0n);
    decide.mutate(
      {
        entryId: entry.id,
        input: { decision: values.decision, amountFen: amount.toString(), note: values.note?.trim() ?? "" },
      },
      {
        onSuccess: () => {
          void message.success(t("credit.recorded"));
          onClose();
        },
        onError: (error) => {
          setFailure(error);
          if (error instanceof ApiRequestError && error.body?.field === "amountFen")
            form.setFields([
              {
                name: "amountWan",
                errors: [language === "en" ? error.body.messageEn : error.body.message],
              },
            ]);
        },
      },
    );
  };

  return (
    <Modal
      open={entry !== null}
      title={t("credit.decideTitle", { name: entry?.project.name ?? "" })}
      okText={t("funding.save")}
      cancelText={t("funding.cancel")}
      confirmLoading={decide.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={600}
    >
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={describeError(failure, language).message}
        />
      )}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ decision: "in_review", amountWan: "", note: "" }}
        onFinish={submit}
      >
        <Form.Item name="decision" label={t("credit.fieldDecision")}>
          <Radio.Group
            options={CREDIT_DECISIONS.map((d) => ({ value: d, label: t(`credit.decision.${d}`) }))}
          />
        </Form.Item>
        {decision !== "declined" && (
          <Form.Item
            name="amountWan"
            label={t("credit.fieldAmount")}
            rules={[
              {
                validator: (_, value: string | undefined) => {
                  if (!value?.trim())
                    return form.getFieldValue("decision") === "approved"
                      ? Promise.reject(new Error(t("credit.amountRequired")))
                      : Promise.resolve();
                  return amountInputProblem(value)
                    ? Promise.reject(new Error(t("funding.amountFormat")))
                    : Promise.resolve();
                },
              },
            ]}
          >
            <Input inputMode="decimal" style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t("credit.fieldNote")}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
      {(history.data?.items.length ?? 0) > 0 && (
        <>
          <Typography.Text strong>{t("credit.history")}</Typography.Text>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={history.data?.items ?? []}
            columns={[
              { key: "at", render: (_, d) => formatShanghaiDateTime(d.decidedAt) },
              { key: "decision", render: (_, d) => <DecisionTag decision={d} /> },
              { key: "note", render: (_, d) => d.note },
            ]}
            showHeader={false}
          />
        </>
      )}
    </Modal>
  );
}
