import { Alert, Button, Form, Input, Typography } from "antd";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useChangePassword } from "../api/use-change-password.js";
import { useSignOut } from "../api/use-sign-out.js";
import { AuthScreen } from "./AuthScreen.js";

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** The server closes everything else until an initial password is changed; this is the way through. */
export function ChangePasswordPage({ me }: { me: Me }) {
  const { t, language } = useI18n();
  const change = useChangePassword();
  const signOut = useSignOut();
  const failure = change.isError ? describeError(change.error, language) : null;

  return (
    <AuthScreen title={t("password.title")}>
      <Typography.Paragraph type="secondary">{t("password.hint")}</Typography.Paragraph>
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("password.failed")}
          description={failure.message}
        />
      )}
      <Form<PasswordForm>
        layout="vertical"
        requiredMark={false}
        onFinish={({ currentPassword, newPassword }) =>
          change.mutate({ currentPassword, newPassword, csrfToken: me.csrfToken })
        }
      >
        <Form.Item
          label={t("password.current")}
          name="currentPassword"
          rules={[{ required: true, message: t("password.required") }]}
        >
          <Input.Password autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t("password.new")}
          name="newPassword"
          rules={[{ required: true, message: t("password.required") }]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Form.Item
          label={t("password.confirm")}
          name="confirmPassword"
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("password.required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("password.mismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={change.isPending}>
          {t("password.submit")}
        </Button>
        <Button type="link" block onClick={() => signOut.mutate({ csrfToken: me.csrfToken })}>
          {t("auth.signOut")}
        </Button>
      </Form>
    </AuthScreen>
  );
}
