import { Alert, App, DatePicker, Form, Modal, Typography } from "antd";
import type dayjs from "dayjs";
import { useState } from "react";
import { APPROVAL_KIND_LABELS } from "../../../../../src/domain/approvals/rules.js";
import type { Approval } from "../../../../../src/domain/contracts/approvals.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { fromPickerDate, todayInShanghai, toPickerDate } from "../../../lib/business-date.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useUpdateApproval } from "../api/use-project-approvals.js";

/** Sets the completion date of an open item, naming the version on screen. */
export function CompleteApprovalDialog({ item, onClose }: { item: Approval; onClose: () => void }) {
  const { t, label, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ completedOn?: string | null }>();
  const update = useUpdateApproval();
  const [failure, setFailure] = useState<unknown>(null);
  const today = todayInShanghai();
  const kind = label(APPROVAL_KIND_LABELS[item.kind]);

  const submit = ({ completedOn }: { completedOn?: string | null }) => {
    if (!completedOn) return;
    setFailure(null);
    update.mutate(
      { id: item.id, update: { version: item.version, completedOn } },
      {
        onSuccess: () => {
          void message.success(t("projectApprovals.complete.done", { kind }));
          onClose();
        },
        onError: (error) => {
          if (error instanceof ApiRequestError && error.status === 409) {
            void message.warning(t("projectApprovals.complete.conflict"));
            onClose();
            return;
          }
          setFailure(error);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t("projectApprovals.complete.title", { kind })}
      okText={t("projectApprovals.complete.submit")}
      cancelText={t("projectApprovals.record.cancel")}
      okButtonProps={{ loading: update.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("projectApprovals.complete.failed")}
          description={describeError(failure, language).message}
        />
      )}
      <Typography.Paragraph type="secondary">
        {item.approvingBody} · {t("approvals.col.submitted")} {item.submittedOn} ·{" "}
        {t("approvals.col.targetDue")} {item.targetDue}
      </Typography.Paragraph>
      <Form
        form={form}
        name="complete-approval"
        layout="vertical"
        onFinish={submit}
        initialValues={{ completedOn: today }}
      >
        <Form.Item
          name="completedOn"
          label={t("projectApprovals.complete.date")}
          rules={[{ required: true, message: t("projectApprovals.complete.dateRequired") }]}
          getValueProps={(value: string | null | undefined) => ({ value: toPickerDate(value) })}
          normalize={(value: dayjs.Dayjs | null) => fromPickerDate(value)}
        >
          <DatePicker
            style={{ width: "100%" }}
            format="YYYY-MM-DD"
            disabledDate={(d) => {
              const day = d.format("YYYY-MM-DD");
              return day > today || day < item.submittedOn;
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
