import { CheckCircleFilled, CloseCircleOutlined } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import { PASSWORD_MIN_LENGTH } from "../../../../../src/domain/password-policy.js";
import { useI18n, type MessageKey } from "../../../lib/i18n/index.js";
import { checkPasswordRules, type PasswordRule } from "../utils/password-rules.js";

const RULE_TEXT: Record<PasswordRule, MessageKey> = {
  length: "passwordRules.length",
  classes: "passwordRules.classes",
  username: "passwordRules.username",
};

/** The password rules, each ticked off as the typed password meets it. */
export function PasswordRuleList({ password, username }: { password: string; username: string }) {
  const { t } = useI18n();
  return (
    <div style={{ background: "#f5f7fa", border: "1px solid #e8ebf0", borderRadius: 4, padding: "8px 12px" }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("passwordRules.title")}
      </Typography.Text>
      <ul aria-label={t("passwordRules.title")} style={{ listStyle: "none", margin: "4px 0 0", padding: 0 }}>
        {checkPasswordRules(password, username).map(({ rule, met }) => (
          <li key={rule} style={{ fontSize: 13, lineHeight: "22px" }}>
            <Flex gap={6} align="center">
              {met ? (
                <CheckCircleFilled style={{ color: "#389e0d" }} aria-label={t("passwordRules.met")} />
              ) : (
                <CloseCircleOutlined style={{ color: "#bfbfbf" }} aria-label={t("passwordRules.unmet")} />
              )}
              <span style={{ color: met ? "#262626" : "#595959" }}>
                {t(RULE_TEXT[rule], { n: PASSWORD_MIN_LENGTH })}
              </span>
            </Flex>
          </li>
        ))}
      </ul>
    </div>
  );
}
