import type { FieldProblem } from "./errors.js";

const CLASSES: [RegExp, string, string][] = [
  [/[a-z]/, "小写字母", "lower-case letters"],
  [/[A-Z]/, "大写字母", "upper-case letters"],
  [/\d/, "数字", "digits"],
  [/[^A-Za-z0-9]/, "符号", "symbols"],
];

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

/**
 * The password rule for a 等保三级 system: at least 8 characters, at least 3 of the 4 character
 * classes, and not containing the username. Returns the problems, none when it passes.
 */
export function passwordProblems(password: string, username: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const field = "password";
  if ([...password].length < PASSWORD_MIN_LENGTH) {
    problems.push({
      field,
      message: `密码至少${PASSWORD_MIN_LENGTH}个字符`,
      messageEn: `must be at least ${PASSWORD_MIN_LENGTH} characters`,
    });
  }
  if ([...password].length > PASSWORD_MAX_LENGTH) {
    problems.push({
      field,
      message: `密码不能超过${PASSWORD_MAX_LENGTH}个字符`,
      messageEn: `must be at most ${PASSWORD_MAX_LENGTH} characters`,
    });
  }
  const present = CLASSES.filter(([re]) => re.test(password)).length;
  if (present < 3) {
    problems.push({
      field,
      message: `密码须包含${CLASSES.map((c) => c[1]).join("、")}中的至少三类`,
      messageEn: `must contain at least three of: ${CLASSES.map((c) => c[2]).join(", ")}`,
    });
  }
  if (username && password.toLowerCase().includes(username.toLowerCase())) {
    problems.push({ field, message: "密码不能包含用户名", messageEn: "must not contain the username" });
  }
  return problems;
}
