import { Form, Input, Modal } from "antd";
import type { WhitelistEntry } from "../../../../../src/domain/contracts/financing.js";
import { useI18n } from "../../../lib/i18n/index.js";

/** Asks the reason for removing an entry; the removal itself is the caller's. */
export function RemoveEntryDialog({
  entry,
  loading,
  onRemove,
  onClose,
}: {
  entry: WhitelistEntry | null;
  loading: boolean;
  onRemove: (note: string) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ note: string }>();
  return (
    <Modal
      open={entry !== null}
      title={t("whitelist.removeTitle", { name: entry?.project.name ?? "" })}
      okText={t("whitelist.remove")}
      okButtonProps={{ danger: true, loading }}
      cancelText={t("funding.cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => onRemove(v.note.trim())}>
        <Form.Item
          name="note"
          label={t("whitelist.removeReason")}
          rules={[{ required: true, whitespace: true, min: 2, message: t("whitelist.removeReasonRequired") }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
