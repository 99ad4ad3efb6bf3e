import { Alert, Form, Input, Modal, Typography } from "antd";
import { useEffect, useState } from "react";
import { Link } from "react-router-dom";
import type { ProjectDetail, TransitionInput } from "../../../../../src/domain/contracts/project.js";
import { parseAmountInput, amountInputProblem } from "../../../lib/amount-input.js";
import { todayInShanghai } from "../../../lib/business-date.js";
import { BusinessDatePicker } from "../../../components/BusinessDatePicker.js";
import { describeError } from "../../../lib/describe-error.js";
import { stageLabel } from "../../../lib/domain-labels.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useTransitionProject } from "../api/use-transition-project.js";
import { moveNeeds, type Move } from "../utils/lifecycle-steps.js";
import { preconditionFailures, type PreconditionFailure } from "../utils/precondition-failures.js";

interface TransitionValues {
  reason?: string;
  actualStart?: string | null;
  actualEnd?: string | null;
  finalInvestmentWan?: string;
}

const FORM_FIELD = {
  reason: "reason",
  actualStart: "actualStart",
  actualEnd: "actualEnd",
  finalInvestmentFen: "finalInvestmentWan",
} as const;

interface TransitionDialogProps {
  project: ProjectDetail;
  move: Move;
  onClose: () => void;
}

/** Asks for the reason of a move and what the target stage needs, and shows every precondition it fails. */
export function TransitionDialog({ project, move, onClose }: TransitionDialogProps) {
  const { t, label, language } = useI18n();
  const [form] = Form.useForm<TransitionValues>();
  const transition = useTransitionProject(project.id);
  const [failures, setFailures] = useState<PreconditionFailure[] | null>(null);
  const needs = moveNeeds(move.to);
  const today = todayInShanghai();

  useEffect(() => {
    if (!failures) return;
    form.setFields(
      failures.flatMap((f) =>
        f.dialogField ? [{ name: FORM_FIELD[f.dialogField], errors: [f.message] }] : [],
      ),
    );
  }, [failures, form]);

  const submit = (values: TransitionValues) => {
    const body: TransitionInput = {
      to: move.to,
      reason: (values.reason ?? "").trim(),
      version: project.version,
    };
    if (needs.actualStart && values.actualStart) body.actualStart = values.actualStart;
    if (needs.actualEnd && values.actualEnd) body.actualEnd = values.actualEnd;
    const finalInvestment = parseAmountInput(values.finalInvestmentWan);
    if (needs.finalInvestment && finalInvestment !== null)
      body.finalInvestmentFen = finalInvestment.toString();
    setFailures(null);
    transition.mutate(body, {
      onSuccess: onClose,
      onError: (error) => setFailures(preconditionFailures(error, language)),
    });
  };

  const recordFailures = failures?.filter((f) => !f.dialogField) ?? [];
  const otherError =
    transition.isError && !failures ? describeError(transition.error, language).message : null;
  const from = label(stageLabel(project.stage));
  const to = label(stageLabel(move.to));

  return (
    <Modal
      open
      title={t("lifecycle.dialogTitle", { from, to })}
      okText={t("lifecycle.confirm")}
      cancelText={t("lifecycle.cancel")}
      okButtonProps={{ loading: transition.isPending, danger: move.kind === "cancel" }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failures && failures.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("lifecycle.preconditionsFailed")}
          description={
            <>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {failures.map((f) => (
                  <li key={`${f.field}:${f.message}`}>{f.message}</li>
                ))}
              </ul>
              {recordFailures.length > 0 && (
                <Typography.Paragraph style={{ margin: "8px 0 0" }}>
                  <Link to={`/projects/${project.id}/edit`}>{t("lifecycle.completeRecord")}</Link>
                </Typography.Paragraph>
              )}
            </>
          }
        />
      )}
      {otherError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherError} />}
      <Form<TransitionValues> form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="reason"
          label={t("lifecycle.reason")}
          rules={[
            { required: true, whitespace: true, message: t("lifecycle.reasonRequired") },
            { min: 2, message: t("lifecycle.reasonRequired") },
          ]}
        >
          <Input.TextArea maxLength={1000} autoSize={{ minRows: 3, maxRows: 6 }} showCount />
        </Form.Item>
        {needs.actualStart && (
          <Form.Item
            name="actualStart"
            label={t("field.actualStart")}
            rules={[{ required: true, message: t("lifecycle.actualStartRequired") }]}
          >
            <BusinessDatePicker latest={today} />
          </Form.Item>
        )}
        {needs.actualEnd && (
          <Form.Item
            name="actualEnd"
            label={t("field.actualEnd")}
            rules={[
              { required: true, message: t("lifecycle.actualEndRequired") },
              {
                validator: (_rule, value: string | null | undefined) =>
                  value && project.actualStart && value < project.actualStart
                    ? Promise.reject(new Error(t("lifecycle.endBeforeStart", { start: project.actualStart })))
                    : Promise.resolve(),
              },
            ]}
          >
            <BusinessDatePicker latest={today} />
          </Form.Item>
        )}
        {needs.finalInvestment && (
          <Form.Item
            name="finalInvestmentWan"
            label={t("lifecycle.finalInvestmentWan")}
            rules={[
              { required: true, whitespace: true, message: t("lifecycle.finalInvestmentRequired") },
              {
                validator: (_rule, value: string | undefined) => {
                  const problem = value?.trim() ? amountInputProblem(value) : null;
                  if (problem === "precision") return Promise.reject(new Error(t("editor.amountPrecision")));
                  if (problem === "format") return Promise.reject(new Error(t("editor.amountFormat")));
                  return Promise.resolve();
                },
              },
            ]}
          >
            <Input inputMode="decimal" suffix={t("unit.wan")} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
