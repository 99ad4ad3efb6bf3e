import { Alert, App, Form, Input, Modal, Typography } from "antd";
import { useState } from "react";
import type { IndicatorStatus, IndicatorValueInput } from "../../../../../src/domain/contracts/indicators.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRecordIndicatorValue } from "../api/use-record-indicator-value.js";
import { withUnit } from "../utils/indicator-view.js";

interface RecordValueDialogProps {
  /** The indicator to record a value for, or null when closed. */
  indicator: IndicatorStatus | null;
  /** The period on screen, offered first. */
  period: string;
  onClose: () => void;
}

type FormValues = IndicatorValueInput;
const FIELDS = new Set<keyof FormValues>(["period", "value", "source", "note"]);

/** Records a value with its source; the server checks it and names any field at fault. */
export function RecordValueDialog({ indicator, period, onClose }: RecordValueDialogProps) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const save = useRecordIndicatorValue();
  const [failure, setFailure] = useState<unknown>(null);
  const name = indicator ? label(indicator) : "";
  const unit = indicator ? (language === "en" ? indicator.unitEn : indicator.unit) : "";

  const submit = (values: FormValues) => {
    if (!indicator) return;
    setFailure(null);
    save.mutate(
      { code: indicator.code, input: { ...values, note: values.note ?? "" } },
      {
        onSuccess: (saved) => {
          void message.success(
            t("indicators.saved", { name, period: saved.period, value: withUnit(saved.value, unit) }),
          );
          onClose();
        },
        onError: (error) => {
          const details =
            error instanceof ApiRequestError && error.body
              ? (error.body.details ?? (error.body.field ? [{ ...error.body, field: error.body.field }] : []))
              : [];
          const onFields = details.filter((d): d is typeof d & { field: keyof FormValues } =>
            FIELDS.has(d.field as keyof FormValues),
          );
          // A refusal that names a field shows under it; anything else shows above the form.
          setFailure(onFields.length ? null : error);
          form.setFields(
            onFields.map((d) => ({ name: d.field, errors: [language === "en" ? d.messageEn : d.message] })),
          );
        },
      },
    );
  };

  return (
    <Modal
      open={indicator !== null}
      title={t("indicators.recordTitle", { name })}
      okText={t("indicators.save")}
      cancelText={t("indicators.cancel")}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      {indicator && (
        <Typography.Paragraph type="secondary">
          {label(indicator.entryHint)}
          <br />
          {t("indicators.correctionNote")}
        </Typography.Paragraph>
      )}
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("indicators.saveFailed")}
          description={describeError(failure, language).message}
        />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{ period, value: "", source: "", note: "" }}
        onFinish={submit}
        preserve={false}
      >
        <Form.Item
          name="period"
          label={t("indicators.period")}
          extra={t("indicators.periodHint")}
          rules={[{ required: true, whitespace: true, message: t("indicators.periodRequired") }]}
        >
          <Input maxLength={16} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="value"
          label={t("indicators.valueLabel", { unit })}
          rules={[{ required: true, whitespace: true, message: t("indicators.valueRequired") }]}
        >
          <Input maxLength={40} inputMode="decimal" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item
          name="source"
          label={t("indicators.source")}
          rules={[{ required: true, whitespace: true, message: t("indicators.sourceRequired") }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t("indicators.note")}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
