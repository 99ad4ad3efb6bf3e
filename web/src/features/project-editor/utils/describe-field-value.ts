import { formatFen } from "../../../lib/money-display.js";

/** Formatting helpers in the interface language: a code's label per kind of code, a funding source's name. */
export interface FieldValueFormat {
  codeLabel: (kind: "special" | "sector" | "district" | "level" | "stage", code: string) => string;
  sourceName: (source: string) => string;
  wan: string;
  none: string;
}

const CODE_KINDS = {
  specialCode: "special",
  sectorCode: "sector",
  districtCode: "district",
  level: "level",
  stage: "stage",
  suspendedFrom: "stage",
} as const;

function isFundingLines(
  value: unknown,
): value is { source: string; plannedFen: string; securedFen: string }[] {
  return Array.isArray(value) && value.every((line) => typeof line === "object" && line && "source" in line);
}

function isAnnualLines(value: unknown): value is { year: number; plannedFen: string }[] {
  return Array.isArray(value) && value.every((line) => typeof line === "object" && line && "year" in line);
}

/** A field's value as one line of text for the conflict dialog, amounts in 万元. */
export function describeFieldValue(field: string, value: unknown, format: FieldValueFormat): string {
  if (value === null || value === undefined || value === "") return format.none;
  if (field.endsWith("Fen") && typeof value === "string" && /^-?\d+$/.test(value)) {
    return `${formatFen(value, "wan")} ${format.wan}`;
  }
  if (field === "funding" && isFundingLines(value)) {
    if (value.length === 0) return format.none;
    return value
      .map(
        (line) =>
          `${format.sourceName(line.source)} ${formatFen(line.plannedFen, "wan")}/${formatFen(line.securedFen, "wan")} ${format.wan}`,
      )
      .join("; ");
  }
  if (field === "annualPlans" && isAnnualLines(value)) {
    if (value.length === 0) return format.none;
    return value.map((line) => `${line.year}: ${formatFen(line.plannedFen, "wan")} ${format.wan}`).join("; ");
  }
  const kind = CODE_KINDS[field as keyof typeof CODE_KINDS] as
    (typeof CODE_KINDS)[keyof typeof CODE_KINDS] | undefined;
  if (kind && typeof value === "string") return format.codeLabel(kind, value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return String(value);
  return JSON.stringify(value);
}
