import { App, Button, Modal } from "antd";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { ChangePasswordForm } from "./ChangePasswordForm.js";

interface ChangePasswordDialogProps {
  me: Me;
  open: boolean;
  onClose: () => void;
}

/** 修改密码 from the user menu; the form is rebuilt on every opening so no typed password lingers. */
export function ChangePasswordDialog({ me, open, onClose }: ChangePasswordDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  return (
    <Modal title={t("passwordDialog.title")} open={open} onCancel={onClose} footer={null} destroyOnHidden>
      <ChangePasswordForm
        me={me}
        onChanged={() => {
          void message.success(t("passwordDialog.done"));
          onClose();
        }}
        extraActions={<Button onClick={onClose}>{t("passwordDialog.cancel")}</Button>}
      />
    </Modal>
  );
}
