import { App, Form, Input, Modal, Typography } from "antd";
import type { QueuedReport } from "../../../../../src/domain/contracts/report.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useReviewReport } from "../api/use-review-report.js";

/** Returning a report needs a reason the owner will read; the server's complaint shows on the field. */
export function ReturnDialog({ report, onClose }: { report: QueuedReport | null; onClose: () => void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const review = useReviewReport();

  const send = ({ reason }: { reason: string }) => {
    if (!report) return;
    review.mutate(
      { reportId: report.id, decision: "returned", reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t("review.returnedToast", { name: report.project.name }));
          onClose();
        },
        onError: (error) => {
          const text = describeError(error, language).message;
          const onReason = error instanceof ApiRequestError && error.body?.field === "reason";
          if (onReason) form.setFields([{ name: "reason", errors: [text] }]);
          else void message.error(text);
        },
      },
    );
  };

  return (
    <Modal
      open={report !== null}
      title={t("review.returnTitle")}
      okText={t("review.returnConfirm")}
      okButtonProps={{ danger: true, loading: review.isPending }}
      cancelText={t("review.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {report && (
        <Typography.Paragraph type="secondary">
          {t("review.returnWhat", { name: report.project.name, month: report.month })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={send}>
        <Form.Item
          name="reason"
          label={t("review.reason")}
          rules={[
            { required: true, whitespace: true, message: t("review.reasonRequired") },
            { min: 2, message: t("review.reasonRequired") },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
