import { Alert, App, DatePicker, Form, Input, Modal, Select, type FormInstance } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import type { ProblemInput } from "../../../../../src/domain/contracts/problems.js";
import {
  DEFAULT_ESCALATION_DAYS,
  PROBLEM_CATEGORIES,
  PROBLEM_CATEGORY_LABELS,
  type ProblemCategory,
} from "../../../../../src/domain/dispatch/problems.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError, fieldErrorsOf } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useRaiseProjectProblem } from "../api/use-project-problems.js";

interface RaiseValues {
  category?: ProblemCategory;
  title?: string;
  description?: string;
  responsibleUnit?: string;
  dueDate?: string | null;
}

/** Raises a problem on this project at the owner tier (the board offers the other tiers). */
export function RaiseProjectProblemDialog({
  projectId,
  onClose,
}: {
  projectId: number;
  onClose: () => void;
}) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseValues>();
  const raise = useRaiseProjectProblem(projectId);
  const [failure, setFailure] = useState<unknown>(null);
  const today = todayInShanghai();

  const submit = (values: RaiseValues) => {
    if (!values.category || !values.dueDate) return;
    setFailure(null);
    const input: ProblemInput = {
      category: values.category,
      title: (values.title ?? "").trim(),
      description: (values.description ?? "").trim(),
      responsibleUnit: (values.responsibleUnit ?? "").trim(),
      dueDate: values.dueDate,
    };
    raise.mutate(input, {
      onSuccess: (created) => {
        void message.success(t("raise.done", { title: created.title }));
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
      title={t("raise.title")}
      okText={t("raise.submit")}
      cancelText={t("problem.cancel")}
      okButtonProps={{ loading: raise.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
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
        name="raise-project-problem"
        layout="vertical"
        onFinish={submit}
        initialValues={{ dueDate: dayjs(today).add(DEFAULT_ESCALATION_DAYS, "day").format("YYYY-MM-DD") }}
      >
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
      </Form>
    </Modal>
  );
}
