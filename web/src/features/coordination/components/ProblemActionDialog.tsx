import { Alert, DatePicker, Form, Input, Modal } from "antd";
import type { Dayjs } from "dayjs";
import type { ProblemDetail } from "../../../../../src/domain/contracts/problems.js";
import {
  nextTier,
  PROBLEM_TIER_LABELS,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import type { ProblemAction } from "../api/use-problem-action.js";

export type DialogKind = "escalate" | "resolve" | "reopen";

interface ActionValues {
  text?: string;
  dueDate?: string | null;
}

interface ProblemActionDialogProps {
  kind: DialogKind;
  problem: ProblemDetail;
  sending: boolean;
  error: unknown;
  onSend: (action: ProblemAction) => void;
  onClose: () => void;
}

const KEYS = {
  escalate: { text: "problem.escalateReason", required: "problem.escalateReasonRequired" },
  resolve: { text: "problem.resolveResult", required: "problem.resolveResultRequired" },
  reopen: { text: "problem.reopenReason", required: "problem.reopenReasonRequired" },
} as const;

/** Asks for what an escalation, a resolution or a reopening must say, against the version on screen. */
export function ProblemActionDialog({
  kind,
  problem,
  sending,
  error,
  onSend,
  onClose,
}: ProblemActionDialogProps) {
  const { t, label, language } = useI18n();
  const [form] = Form.useForm<ActionValues>();
  const today = todayInShanghai();
  const above = nextTier(problem.tier);
  const tierName = (tier: ProblemTier | null) => (tier ? label(PROBLEM_TIER_LABELS[tier]) : "");
  const title =
    kind === "escalate"
      ? t("problem.escalateTitle", { tier: tierName(above) })
      : t(kind === "resolve" ? "problem.resolveTitle" : "problem.reopenTitle");

  const submit = ({ text = "", dueDate }: ActionValues) => {
    const version = problem.version;
    if (kind === "escalate") {
      onSend({
        kind: "escalations",
        body: { reason: text.trim(), version, ...(dueDate ? { dueDate } : {}) },
      });
    } else {
      const status = kind === "resolve" ? "resolved" : "in_progress";
      onSend({ kind: "status", body: { status, text: text.trim(), version } });
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={t("problem.confirm")}
      cancelText={t("problem.cancel")}
      okButtonProps={{ loading: sending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== null && error !== undefined && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("problem.actionFailed")}
          description={describeError(error, language).message}
        />
      )}
      <Form<ActionValues> form={form} name="problem-action" layout="vertical" onFinish={submit}>
        <Form.Item
          name="text"
          label={t(KEYS[kind].text)}
          rules={[
            { required: true, whitespace: true, message: t(KEYS[kind].required) },
            { min: 2, message: t(KEYS[kind].required) },
          ]}
        >
          <Input.TextArea
            maxLength={kind === "escalate" ? 1000 : 2000}
            autoSize={{ minRows: 3, maxRows: 6 }}
            showCount
          />
        </Form.Item>
        {kind === "escalate" && (
          <Form.Item
            name="dueDate"
            label={t("problem.escalateDueDate")}
            extra={t("problem.escalateDueHint")}
            getValueProps={(value: string | null | undefined) => ({ value: toPickerDate(value) })}
            normalize={(value: Dayjs | null) => fromPickerDate(value)}
          >
            <DatePicker
              style={{ width: "100%" }}
              format="YYYY-MM-DD"
              disabledDate={(day) => day.format("YYYY-MM-DD") < today}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
