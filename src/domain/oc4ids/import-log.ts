import type { ImportProblem } from "../project-record.js";

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The array's object members; anything else reads as empty. */
export const objectsIn = (value: unknown): JsonObject[] =>
  Array.isArray(value) ? value.filter(isObject) : [];

/** A non-empty string, or null. */
export const textOf = (value: unknown): string | null =>
  typeof value === "string" && value.trim() !== "" ? value : null;

export const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

/** How a value is shown in a problem: strings as they are, anything else as (shortened) JSON. */
export function shown(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
  return json.length > 200 ? `${json.slice(0, 199)}…` : json;
}

/** Problems and notes of one import. Package-level problems are row 0 of the "package" section. */
export class ImportLog {
  readonly problems: ImportProblem[] = [];
  readonly notes: string[] = [];

  packageProblem(column: string, value: unknown, reason: string, reasonEn: string): void {
    this.problems.push({ sheet: "package", row: 0, column, value: shown(value), reason, reasonEn });
  }

  /** What one project's mapping reports, labelled with its 1-based index in `projects`. */
  forProject(row: number, label: string): ProjectLog {
    return new ProjectLog(this, row, label);
  }
}

export class ProjectLog {
  private count = 0;

  constructor(
    private readonly log: ImportLog,
    readonly row: number,
    private readonly label: string,
  ) {}

  problem(column: string, value: unknown, reason: string, reasonEn: string): void {
    this.count++;
    this.log.problems.push({
      sheet: "projects",
      row: this.row,
      column,
      value: shown(value),
      reason,
      reasonEn,
    });
  }

  note(zh: string, en: string): void {
    this.log.notes.push(
      `第${this.row}个项目（${this.label}）：${zh} / project ${this.row} (${this.label}): ${en}`,
    );
  }

  get hasProblems(): boolean {
    return this.count > 0;
  }
}
