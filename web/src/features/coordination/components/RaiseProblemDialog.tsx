import { Alert, App, DatePicker, Form, Input, Modal, Select, type FormInstance } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { ProblemDetail, ProblemInput } from "../../../../../src/domain/contracts/problems.js";
import {
  DEFAULT_ESCALATION_DAYS,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  PROBLEM_TIER_LABELS,
  type ProblemCategory,
  type ProblemTier,
} from "../../../../../src/domain/dispatch/problems.js";
import { useSession } from "../../../api/use-session.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError, fieldErrorsOf } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRaiseProblem } from "../api/use-raise-problem.js";
import { raiseTiers } from "../utils/problem-rights.js";
import { ProjectPicker } from "./ProjectPicker.js";

interface RaiseValues {
  projectId?: number;
  category?: ProblemCategory;
  title?: string;
  description?: string;
  responsibleUnit?: string;
  dueDate?: string | null;
  tier: ProblemTier;
}

interface RaiseProblemDialogProps {
  onClose: () => void;
  onRaised: (problem: ProblemDetail) => void;
}

/** Raises a problem on a project picked by search: category, title, description, unit, due date, tier. */
export function RaiseProblemDialog({ onClose, onRaised }: RaiseProblemDialogProps) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const { data: me } = useSession();
  const [form] = Form.useForm<RaiseValues>();
  const raise = useRaiseProblem();
  const [failure, setFailure] = useState<unknown>(null);
  const today = todayInShanghai();
  const initialDue = dayjs(today).add(DEFAULT_ESCALATION_DAYS, "day").format("YYYY-MM-DD");

  const showFieldErrors = (error: Error) => {
    setFailure(error);
    const untyped: FormInstance = form;
    untyped.setFields(fieldErrorsOf(error, language));
  };

  const submit = (values: RaiseValues) => {
    if (values.projectId === undefined || !values.category || !values.dueDate) return;
    setFailure(null);
    const input: ProblemInput = {
      category: values.category,
      title: (values.title ?? "").trim(),
      description: (values.description ?? "").trim(),
      responsibleUnit: (values.responsibleUnit ?? "").trim(),
      dueDate: values.dueDate,
      tier: values.tier,
    };
    raise.mutate(
      { projectId: values.projectId, input },
      {
        onSuccess: (created) => {
          void message.success(t("raise.done", { title: created.title }));
          onRaised(created);
        },
        onError: showFieldErrors,
      },
    );
  };

  return (
    <Modal
      open
      title={t("raise.title")}
      okText={t("raise.submit")}
      cancelText={t("problem.cancel")}
      okButtonProps={{ loading: raise.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("raise.failed")}
          description={describeError(failure, language).message}
        />
      )}
      <Form<RaiseValues>
        form={form}
        name="raise-problem"
        layout="vertical"
        onFinish={submit}
        initialValues={{ tier: "owner", dueDate: initialDue }}
      >
        <Form.Item
          name="projectId"
          label={t("raise.project")}
          rules={[{ required: true, message: t("raise.projectRequired") }]}
        >
          <ProjectPicker />
        </Form.Item>
        <Form.Item
          name="category"
          label={t("raise.category")}
          rules={[{ required: true, message: t("raise.categoryRequired") }]}
        >
          <Select
            options={PROBLEM_CATEGORIES.map((c) => ({ value: c, label: label(PROBLEM_CATEGORY_LABELS[c]) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("raise.titleField")}
          rules={[
            { required: true, whitespace: true, message: t("raise.titleRequired") },
            { min: 2, message: t("raise.titleRequired") },
          ]}
        >
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item name="description" label={t("raise.description")}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <Form.Item
          name="responsibleUnit"
          label={t("raise.unit")}
          rules={[
            { required: true, whitespace: true, message: t("raise.unitRequired") },
            { min: 2, message: t("raise.unitRequired") },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={t("raise.dueDate")}
          rules={[{ required: true, message: t("raise.dueDateRequired") }]}
          getValueProps={(value: string | null | undefined) => ({ value: toPickerDate(value) })}
          normalize={(value: dayjs.Dayjs | null) => fromPickerDate(value)}
        >
          <DatePicker
            style={{ width: "100%" }}
            format="YYYY-MM-DD"
            disabledDate={(day) => day.format("YYYY-MM-DD") < today}
          />
        </Form.Item>
        <Form.Item name="tier" label={t("raise.tier")} extra={t("raise.tierHint")}>
          <Select
            options={raiseTiers(me).map((tier) => ({ value: tier, label: label(PROBLEM_TIER_LABELS[tier]) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
