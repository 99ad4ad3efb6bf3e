import type { FieldProblem } from "../errors.js";

/** A dated version of a clause's terms; `effectiveTo` null means open-ended. */
export interface DatedVersion {
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** The version in force on a business date (YYYY-MM-DD), or null before the first one. */
export function versionInForce<V extends DatedVersion>(versions: readonly V[], date: string): V | null {
  return (
    versions.find((v) => v.effectiveFrom <= date && (v.effectiveTo === null || date <= v.effectiveTo)) ?? null
  );
}

/** The day before a business date, for closing the version a new one replaces. */
export function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Versions follow one another without gaps or overlaps. A new one starts no earlier than today (terms
 * already applied are never rewritten) and after the latest one started; that one then ends the day before.
 */
export function newVersionProblems(
  latest: DatedVersion | null,
  effectiveFrom: string,
  today: string,
): FieldProblem[] {
  if (effectiveFrom < today)
    return [
      {
        field: "effectiveFrom",
        message: `生效日期不能早于今天（${today}），已施行的条款不能追溯修改`,
        messageEn: `the effective date cannot be before today (${today}): terms already applied are not rewritten`,
      },
    ];
  if (latest && effectiveFrom <= latest.effectiveFrom)
    return [
      {
        field: "effectiveFrom",
        message: `生效日期须晚于现行第${latest.version}版的生效日期（${latest.effectiveFrom}）`,
        messageEn: `the effective date must be after that of version ${latest.version} (${latest.effectiveFrom})`,
      },
    ];
  return [];
}
