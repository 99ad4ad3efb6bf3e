import { GlobalOutlined, LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Divider, Form, Input, Typography } from "antd";
import { Link } from "react-router-dom";
import { useSessionNotice } from "../../../api/use-session-notice.js";
import { describeError } from "../../../lib/describe-error.js";
import { useI18n } from "../../../lib/i18n/index.js";
import { useSignIn, type Credentials } from "../api/use-sign-in.js";
import { AuthScreen } from "./AuthScreen.js";

/** Shown in place of the console to anyone not signed in; the requested page opens after sign-in. */
export function SignInPage() {
  const { t, language } = useI18n();
  const signIn = useSignIn();
  const notice = useSessionNotice();
  const failure = signIn.isError ? describeError(signIn.error, language) : null;

  return (
    <AuthScreen title={t("auth.title")}>
      <Typography.Paragraph type="secondary">{t("auth.subtitle")}</Typography.Paragraph>
      {notice && !failure && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={t("auth.sessionEnded")}
          description={language === "en" ? notice.messageEn : notice.message}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t("auth.failed")}
          description={failure.message}
        />
      )}
      <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => signIn.mutate(values)}>
        <Form.Item
          label={t("auth.username")}
          name="username"
          rules={[{ required: true, whitespace: true, message: t("auth.usernameRequired") }]}
        >
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus maxLength={64} />
        </Form.Item>
        <Form.Item
          label={t("auth.password")}
          name="password"
          rules={[{ required: true, message: t("auth.passwordRequired") }]}
        >
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" maxLength={128} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
          {t("auth.submit")}
        </Button>
      </Form>
      <Divider plain style={{ margin: "20px 0 12px" }} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 4, textAlign: "center" }}>
        {t("auth.publicPortalHint")}
      </Typography.Paragraph>
      <div style={{ textAlign: "center" }}>
        <Link to="/public">
          <GlobalOutlined /> {t("auth.publicPortal")}
        </Link>
      </div>
    </AuthScreen>
  );
}
