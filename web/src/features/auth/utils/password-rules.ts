import { PASSWORD_MIN_LENGTH } from "../../../../../src/domain/password-policy.js";
import type { ApiRequestError } from "../../../lib/api-client.js";

export type PasswordRule = "length" | "classes" | "username";

export interface PasswordRuleCheck {
  rule: PasswordRule;
  met: boolean;
}

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/];

/**
 * The server's password rules, checked as the user types: length, three of four character classes,
 * and no username inside. The server checks again; this only shows progress.
 */
export function checkPasswordRules(password: string, username: string): PasswordRuleCheck[] {
  const classes = CHARACTER_CLASSES.filter((re) => re.test(password)).length;
  return [
    { rule: "length", met: [...password].length >= PASSWORD_MIN_LENGTH },
    { rule: "classes", met: classes >= 3 },
    {
      rule: "username",
      met: password.length > 0 && !(username && password.toLowerCase().includes(username.toLowerCase())),
    },
  ];
}

export type PasswordFormField = "currentPassword" | "newPassword";

/** Which form field a refused change belongs under (the policy check names the password "password"). */
export function passwordFieldOf(error: Pick<ApiRequestError, "body">): PasswordFormField | null {
  const field = error.body?.field ?? error.body?.details?.[0]?.field;
  if (field === "currentPassword") return "currentPassword";
  if (field === "newPassword" || field === "password") return "newPassword";
  return null;
}
