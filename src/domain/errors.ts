import type { ImportProblem } from "./project-record.js";

/** A problem with one field of a request, in both languages. */
export interface FieldProblem {
  field: string;
  message: string;
  messageEn: string;
}

/**
 * An error a caller can act on: an HTTP status, a stable code, and a message in Chinese and English.
 * Anything else reaching the API boundary is a defect and answers 500.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageZh: string,
    readonly messageEn: string,
    readonly field?: string,
    readonly details?: FieldProblem[],
    /** More for the caller beside the error, e.g. the current state on a version conflict. */
    readonly extra?: {
      current?: unknown;
      changedFields?: string[];
      problems?: ImportProblem[];
      reportId?: string;
    },
  ) {
    super(messageEn);
    this.name = "AppError";
  }
}

export const notFound = (what: string, whatEn: string, id: string | number) =>
  new AppError(404, "not_found", `${what}不存在：${id}`, `${whatEn} not found: ${id}`);

export const invalidField = (field: string, zh: string, en: string) =>
  new AppError(400, "invalid_field", `参数 ${field} 无效：${zh}`, `Invalid ${field}: ${en}`, field, [
    { field, message: zh, messageEn: en },
  ]);

/** A 400 listing every problem found, the first one's field as the error's field. */
export const invalidFields = (problems: FieldProblem[]) =>
  new AppError(
    400,
    "invalid_field",
    `输入有误：${problems.map((p) => p.message).join("；")}`,
    `Invalid input: ${problems.map((p) => p.messageEn).join("; ")}`,
    problems[0]?.field,
    problems,
  );
