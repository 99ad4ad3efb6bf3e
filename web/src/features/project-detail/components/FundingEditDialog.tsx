import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import type { Funding } from "../../../../../src/domain/contracts/financing.js";
import { amountInputProblem, fenToAmountInput, parseAmountInput } from "../../../lib/amount-input.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useUpdateFunding } from "../api/use-update-funding.js";

interface FundingValues {
  source: string;
  planned?: string;
  secured: string;
}

/** The server names amounts in fen; the form asks for them in 万元. */
const FORM_FIELD: Record<string, keyof FundingValues> = {
  source: "source",
  securedFen: "secured",
  plannedFen: "planned",
};

interface FundingEditDialogProps {
  funding: Funding;
  /** The source to edit, "" to add one, null when closed. */
  source: string | null;
  onClose: () => void;
}

/**
 * Updates what is secured from one source (and what is planned, required for a new source), in 万元, on
 * the project version shown: a change made meanwhile by someone else comes back as a conflict.
 */
export function FundingEditDialog({ funding, source, onClose }: FundingEditDialogProps) {
  const { t, term, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FundingValues>();
  const update = useUpdateFunding(funding.projectId);
  const [failure, setFailure] = useState<unknown>(null);
  const line = funding.sources.find((s) => s.source === source);
  const adding = source === "";
  const unused = funding.availableSources.filter((s) => !funding.sources.some((l) => l.source === s));

  const amountRule = (required: boolean) => ({
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim())
        return required ? Promise.reject(new Error(t("funding.required"))) : Promise.resolve();
      return amountInputProblem(value)
        ? Promise.reject(new Error(t("funding.amountFormat")))
        : Promise.resolve();
    },
  });

  const submit = (values: FundingValues) => {
    setFailure(null);
    const planned = parseAmountInput(values.planned);
    const secured = parseAmountInput(values.secured) ?? 0n;
    update.mutate(
      {
        source: values.source,
        body: {
          securedFen: secured.toString(),
          ...(planned !== null ? { plannedFen: planned.toString() } : {}),
          version: funding.version,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("funding.saved"));
          onClose();
        },
        onError: (error) => {
          setFailure(error);
          if (!(error instanceof ApiRequestError) || !error.body) return;
          const details =
            error.body.details ?? (error.body.field ? [{ ...error.body, field: error.body.field }] : []);
          form.setFields(
            details.flatMap((d) => {
              const name = FORM_FIELD[d.field];
              return name ? [{ name, errors: [language === "en" ? d.messageEn : d.message] }] : [];
            }),
          );
        },
      },
    );
  };

  return (
    <Modal
      open={source !== null}
      title={adding ? t("funding.add") : t("funding.editSource", { source: term(source ?? "") })}
      okText={t("funding.save")}
      cancelText={t("funding.cancel")}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={describeError(failure, language).message}
        />
      )}
      <Form<FundingValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        onFinish={submit}
        initialValues={{
          source: source || undefined,
          planned: line ? fenToAmountInput(line.plannedFen) : undefined,
          secured: line ? fenToAmountInput(line.securedFen) : "0",
        }}
      >
        <Form.Item
          name="source"
          label={t("funding.fieldSource")}
          rules={[{ required: true, message: t("funding.required") }]}
        >
          <Select
            disabled={!adding}
            options={(adding ? unused : [source ?? ""]).map((s) => ({ value: s, label: term(s) }))}
          />
        </Form.Item>
        <Form.Item
          name="planned"
          label={t("funding.fieldPlanned")}
          extra={t("funding.plannedHelp")}
          rules={[amountRule(adding)]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="secured" label={t("funding.fieldSecured")} rules={[amountRule(true)]}>
          <Input inputMode="decimal" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
