import { Button, Typography } from "antd";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useSignOut } from "../api/use-sign-out.js";
import { AuthScreen } from "./AuthScreen.js";
import { ChangePasswordForm } from "./ChangePasswordForm.js";

/** The server closes everything else until an initial password is changed; this is the way through. */
export function ChangePasswordPage({ me }: { me: Me }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  return (
    <AuthScreen title={t("password.title")}>
      <Typography.Paragraph type="secondary">{t("password.hint")}</Typography.Paragraph>
      <ChangePasswordForm
        me={me}
        block
        extraActions={
          <Button type="link" block onClick={() => signOut.mutate({ csrfToken: me.csrfToken })}>
            {t("auth.signOut")}
          </Button>
        }
      />
    </AuthScreen>
  );
}
