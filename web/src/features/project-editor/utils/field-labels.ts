import type { MessageKey } from "../../../lib/i18n/index.js";

/** Interface labels of the project fields the server names (in validation errors and conflicts). */
const FIELD_LABELS: Record<string, MessageKey> = {
  name: "field.name",
  code: "field.code",
  specialCode: "field.specialCode",
  sectorCode: "field.sectorCode",
  districtCode: "field.districtCode",
  level: "field.level",
  description: "field.description",
  totalInvestmentFen: "field.totalInvestmentFen",
  plannedStart: "field.plannedStart",
  plannedEnd: "field.plannedEnd",
  actualStart: "field.actualStart",
  actualEnd: "field.actualEnd",
  finalInvestmentFen: "field.finalInvestmentFen",
  ownerId: "field.ownerId",
  ownerUscc: "field.ownerUscc",
  ownerName: "field.ownerName",
  leadDepartmentId: "field.leadDepartmentId",
  stage: "field.stage",
  suspendedFrom: "field.suspendedFrom",
  reserveSince: "field.reserveSince",
  funding: "field.funding",
  annualPlans: "field.annualPlans",
};

/** The message key naming a field, or null for a field the interface has no name for. */
export function fieldLabelKey(field: string): MessageKey | null {
  return FIELD_LABELS[field] ?? null;
}
