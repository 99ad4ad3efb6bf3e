import {
  Alert,
  App,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  type FormInstance,
} from "antd";
import type dayjs from "dayjs";
import { useState } from "react";
import {
  APPROVAL_DEFAULTS,
  APPROVAL_KIND_LABELS,
  APPROVAL_KINDS,
  defaultApprovingBody,
  MAX_STATUTORY_DAYS,
  maxTargetDays,
  type ApprovalKind,
} from "../../../../../src/domain/approvals/rules.js";
import type { ApprovalInput } from "../../../../../src/domain/contracts/approvals.js";
import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";
import { useReferenceLookup } from "../../../api/use-reference-lookup.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError, fieldErrorsOf } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRecordApproval } from "../api/use-project-approvals.js";

interface RecordValues {
  kind?: ApprovalKind;
  approvingBody?: string;
  statutoryDays?: number | null;
  targetDays?: number | null;
  submittedOn?: string | null;
  completedOn?: string | null;
  commitment?: boolean;
  note?: string;
}

const dateItemProps = {
  getValueProps: (value: string | null | undefined) => ({ value: toPickerDate(value) }),
  normalize: (value: dayjs.Dayjs | null) => fromPickerDate(value),
};

/** Records an approval or filing; the limits and the approving body start from the kind's defaults. */
export function RecordApprovalDialog({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const lookup = useReferenceLookup();
  const [form] = Form.useForm<RecordValues>();
  const recordApproval = useRecordApproval(project.id);
  const [failure, setFailure] = useState<unknown>(null);
  const today = todayInShanghai();
  const kind = Form.useWatch("kind", form);
  const statutory = Form.useWatch("statutoryDays", form);
  const submittedOn = Form.useWatch("submittedOn", form);
  const districtName = lookup?.district(project.districtCode)?.name ?? null;
  const defaultBody = kind ? defaultApprovingBody(kind, { level: project.level, districtName }) : "";

  const chooseKind = (next: ApprovalKind) => {
    const days = APPROVAL_DEFAULTS[next].statutoryDays;
    form.setFieldsValue({
      statutoryDays: days,
      targetDays: maxTargetDays(days),
      commitment: next === "filing",
    });
  };

  const submit = (values: RecordValues) => {
    if (!values.kind || !values.submittedOn) return;
    setFailure(null);
    const input: ApprovalInput = {
      kind: values.kind,
      ...(values.approvingBody?.trim() ? { approvingBody: values.approvingBody.trim() } : {}),
      ...(values.statutoryDays ? { statutoryDays: values.statutoryDays } : {}),
      ...(values.targetDays !== null && values.targetDays !== undefined
        ? { targetDays: values.targetDays }
        : {}),
      submittedOn: values.submittedOn,
      completedOn: values.completedOn ?? null,
      commitment: values.commitment ?? false,
      note: (values.note ?? "").trim(),
    };
    recordApproval.mutate(input, {
      onSuccess: (created) => {
        void message.success(
          t("projectApprovals.record.done", { kind: label(APPROVAL_KIND_LABELS[created.kind]) }),
        );
        onClose();
      },
      onError: (error) => {
        setFailure(error);
        const untyped: FormInstance = form;
        untyped.setFields(fieldErrorsOf(error, language));
      },
    });
  };

  return (
    <Modal
      open
      title={t("projectApprovals.record.title")}
      okText={t("projectApprovals.record.submit")}
      cancelText={t("projectApprovals.record.cancel")}
      okButtonProps={{ loading: recordApproval.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("projectApprovals.record.failed")}
          description={describeError(failure, language).message}
        />
      )}
      <Form<RecordValues> form={form} name="record-approval" layout="vertical" onFinish={submit}>
        <Form.Item
          name="kind"
          label={t("projectApprovals.record.kind")}
          rules={[{ required: true, message: t("projectApprovals.record.kindRequired") }]}
        >
          <Select
            options={APPROVAL_KINDS.map((k) => ({ value: k, label: label(APPROVAL_KIND_LABELS[k]) }))}
            onChange={chooseKind}
          />
        </Form.Item>
        <Form.Item
          name="approvingBody"
          label={t("projectApprovals.record.body")}
          extra={kind ? t("projectApprovals.record.bodyHint", { body: defaultBody }) : undefined}
        >
          <Input maxLength={100} placeholder={defaultBody} />
        </Form.Item>
        <Form.Item
          name="statutoryDays"
          label={t("projectApprovals.record.statutory")}
          extra={
            kind
              ? t("projectApprovals.record.statutoryHint", {
                  n: APPROVAL_DEFAULTS[kind].statutoryDays,
                  basis: label(APPROVAL_DEFAULTS[kind].basis),
                })
              : undefined
          }
        >
          <InputNumber
            min={1}
            max={MAX_STATUTORY_DAYS}
            precision={0}
            style={{ width: "100%" }}
            onChange={(value) => {
              if (typeof value === "number") form.setFieldsValue({ targetDays: maxTargetDays(value) });
            }}
          />
        </Form.Item>
        <Form.Item
          name="targetDays"
          label={t("projectApprovals.record.target")}
          extra={
            statutory ? t("projectApprovals.record.targetHint", { n: maxTargetDays(statutory) }) : undefined
          }
        >
          <InputNumber
            min={0}
            max={statutory ? maxTargetDays(statutory) : undefined}
            precision={0}
            style={{ width: "100%" }}
          />
        </Form.Item>
        <Form.Item
          name="submittedOn"
          label={t("projectApprovals.record.submitted")}
          rules={[{ required: true, message: t("projectApprovals.record.submittedRequired") }]}
          {...dateItemProps}
        >
          <DatePicker
            style={{ width: "100%" }}
            format="YYYY-MM-DD"
            disabledDate={(d) => d.format("YYYY-MM-DD") > today}
          />
        </Form.Item>
        <Form.Item name="completedOn" label={t("projectApprovals.record.completed")} {...dateItemProps}>
          <DatePicker
            style={{ width: "100%" }}
            format="YYYY-MM-DD"
            disabledDate={(d) => {
              const day = d.format("YYYY-MM-DD");
              return day > today || (Boolean(submittedOn) && day < (submittedOn ?? ""));
            }}
          />
        </Form.Item>
        <Form.Item name="commitment" valuePropName="checked">
          <Checkbox>{t("projectApprovals.record.commitment")}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t("projectApprovals.record.note")}>
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
