import { Alert, Button, Flex, Form, Input } from "antd";
import type { ReactNode } from "react";
import type { Me } from "../../../../../src/domain/contracts/auth.js";
import { ApiRequestError } from "../../../lib/api-client.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useChangePassword } from "../api/use-change-password.js";
import { passwordFieldOf } from "../utils/password-rules.js";
import { PasswordRuleList } from "./PasswordRuleList.js";

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

interface ChangePasswordFormProps {
  me: Me;
  onChanged?: () => void;
  /** Buttons shown beside the submit button (cancel, sign out). */
  extraActions?: ReactNode;
  block?: boolean;
}

/**
 * Current and new password with the rules ticked off as one types; the server's refusals appear under
 * the field they concern, anything else above the form.
 */
export function ChangePasswordForm({ me, onChanged, extraActions, block }: ChangePasswordFormProps) {
  const { t, language } = useI18n();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch("newPassword", form) ?? "";
  const change = useChangePassword();
  const field = change.error instanceof ApiRequestError ? passwordFieldOf(change.error) : null;
  const generalFailure = change.isError && !field ? describeError(change.error, language) : null;

  const submit = ({ currentPassword, newPassword: next }: PasswordValues) =>
    change.mutate(
      { currentPassword, newPassword: next, csrfToken: me.csrfToken },
      {
        onSuccess: () => {
          form.resetFields();
          onChanged?.();
        },
        onError: (error) => {
          const at = error instanceof ApiRequestError ? passwordFieldOf(error) : null;
          if (at) form.setFields([{ name: at, errors: [describeError(error, language).message] }]);
        },
      },
    );

  return (
    <Form<PasswordValues> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      {generalFailure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("password.failed")}
          description={generalFailure.message}
        />
      )}
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
        extra={<PasswordRuleList password={newPassword} username={me.user.username} />}
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
      <Flex vertical={block} justify="flex-end" gap={8}>
        {!block && extraActions}
        <Button type="primary" htmlType="submit" block={block} loading={change.isPending}>
          {t("password.submit")}
        </Button>
        {block && extraActions}
      </Flex>
    </Form>
  );
}
