/** A form field's path as antd's Form names it, e.g. ["funding", 0, "plannedWan"]. */
export type FormFieldPath = (string | number)[];

const TOP_LEVEL: Record<string, string> = {
  name: "name",
  code: "code",
  specialCode: "specialPath",
  districtCode: "districtCode",
  level: "level",
  description: "description",
  totalInvestmentFen: "totalInvestmentWan",
  plannedStart: "plannedStart",
  plannedEnd: "plannedEnd",
  ownerUscc: "ownerUscc",
  ownerName: "ownerName",
};

const LINE_FIELDS: Record<string, Record<string, string>> = {
  funding: { source: "source", plannedFen: "plannedWan", securedFen: "securedWan" },
  annualPlans: { year: "year", plannedFen: "plannedWan" },
};

/** Where the first amount of a line sits, for problems the server names on the whole line. */
const LINE_DEFAULT: Record<string, string> = { funding: "plannedWan", annualPlans: "plannedWan" };

/**
 * The form field a server error names (e.g. "funding.0.source" → ["funding", 0, "source"]), or null
 * when it names no single field (a sum, the version) and belongs above the form.
 */
export function serverFieldPath(field: string): FormFieldPath | null {
  const [head = "", index, leaf] = field.split(".");
  if (index === undefined) return TOP_LEVEL[head] ? [TOP_LEVEL[head]] : null;
  const lines = LINE_FIELDS[head];
  const row = Number(index);
  if (!lines || !Number.isInteger(row) || row < 0) return null;
  const name = leaf === undefined ? LINE_DEFAULT[head] : lines[leaf];
  return name ? [head, row, name] : null;
}
