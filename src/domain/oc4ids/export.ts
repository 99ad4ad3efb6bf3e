import { businessDate } from "../dates.js";
import { STAGE_LABELS } from "../lifecycle.js";
import { LEVEL_LABELS } from "../plan.js";
import type { ProjectRecord } from "../project-record.js";
import { projectTypeOf, sectorsOf, statusOfStage } from "./classification.js";
import {
  DIVISION_GAZETTEER_SCHEME,
  END_MILESTONE,
  LANGUAGE,
  LEAD_DEPARTMENT_PARTY_ID,
  LEVEL_SCHEME,
  OC4IDS_VERSION,
  OWNER_PARTY_ID,
  PROJECT_CODE_SCHEME,
  ROLE,
  STAGE_SCHEME,
  START_MILESTONE,
  USCC_ORG_ID_SCHEME,
  planCategoryScheme,
} from "./codes.js";
import { endOfDay, startOfDay } from "./datetimes.js";
import { budgetOf, cny, isSelfFunded } from "./export-budget.js";
import type { ExportCatalogue, ExportContext } from "./export-context.js";
import { exportContextFor } from "./export-context.js";
import type {
  Oc4idsClassification,
  Oc4idsMilestone,
  Oc4idsOrganizationReference,
  Oc4idsPackage,
  Oc4idsParty,
  Oc4idsProject,
  Oc4idsPublisher,
} from "./types.js";

export interface PackageMeta {
  /** RFC 3339 date-time of publication (or of the last change, for a package made on demand). */
  publishedDate: string;
  uri: string;
  publisher: Oc4idsPublisher;
  license?: string;
  publicationPolicy?: string;
}

/** `oc4ids-<prefix>-<id>`: the internal id never changes, so it is preferred to the code issued later. */
export function oc4idsProjectId(record: Pick<ProjectRecord, "id" | "code">, idPrefix: string): string {
  const local = record.id ?? record.code;
  if (local === null) throw new Error("a project needs an id or a code to be published");
  return `oc4ids-${idPrefix}-${local}`;
}

/**
 * One project as an OC4IDS project. Every field written is in the 0.9 schema (no extension fields);
 * amounts are CNY yuan numbers converted exactly from fen. MAPPING.md lists each field's source.
 */
export function toOc4idsProject(record: ProjectRecord, context: ExportContext): Oc4idsProject {
  const { parties, owner } = partiesOf(record);
  const milestones = milestonesOf(record, context);
  const period = {
    ...(record.plannedStart ? { startDate: startOfDay(record.plannedStart) } : {}),
    ...(record.plannedEnd ? { endDate: endOfDay(record.plannedEnd) } : {}),
  };
  return {
    id: oc4idsProjectId(record, context.idPrefix),
    ...(record.code ? { identifiers: [{ id: record.code, scheme: PROJECT_CODE_SCHEME }] } : {}),
    updated: context.updated,
    language: LANGUAGE,
    title: record.name,
    ...(record.description ? { description: record.description } : {}),
    status: statusOfStage(record.stage, record.actualStart),
    type: projectTypeOf(record.specialCode),
    sector: sectorsOf(record.specialCode, context.sector.code),
    additionalClassifications: classificationsOf(record, context),
    publicAuthority: owner,
    parties,
    budget: budgetOf(record, owner),
    ...(Object.keys(period).length > 0 ? { period } : {}),
    locations: [
      {
        id: "1",
        description: `${context.region.name}${context.district.name}`,
        gazetteer: { scheme: DIVISION_GAZETTEER_SCHEME, identifiers: [context.district.code] },
        address: {
          locality: context.district.name,
          region: context.region.name,
          countryName: context.region.countryName,
        },
      },
    ],
    ...(milestones.length > 0 ? { milestones } : {}),
    ...(record.stage === "completed"
      ? {
          completion: {
            ...(record.actualEnd ? { endDate: endOfDay(record.actualEnd) } : {}),
            finalValue: cny(record.completedInvestmentFen),
          },
        }
      : {}),
  };
}

/** A package of projects; each record's context is drawn from the catalogue. */
export function toOc4idsPackage(
  records: readonly ProjectRecord[],
  catalogue: ExportCatalogue,
  meta: PackageMeta,
): Oc4idsPackage {
  return {
    uri: meta.uri,
    publishedDate: meta.publishedDate,
    publisher: meta.publisher,
    ...(meta.license ? { license: meta.license } : {}),
    ...(meta.publicationPolicy ? { publicationPolicy: meta.publicationPolicy } : {}),
    version: OC4IDS_VERSION,
    projects: records.map((record) => toOc4idsProject(record, exportContextFor(record, catalogue))),
  };
}

/**
 * The owner (项目法人) develops the asset and pays for the works: publicAuthority and buyer, and funder
 * when it puts in its own money. The lead department gets the `leadDepartment` extension role, merged
 * into the owner's entry when they are the same organisation.
 */
function partiesOf(record: ProjectRecord): { parties: Oc4idsParty[]; owner: Oc4idsOrganizationReference } {
  const ownerParty: Oc4idsParty = {
    id: record.ownerUscc ? `${USCC_ORG_ID_SCHEME}-${record.ownerUscc}` : OWNER_PARTY_ID,
    name: record.ownerName,
    ...(record.ownerUscc
      ? { identifier: { scheme: USCC_ORG_ID_SCHEME, id: record.ownerUscc, legalName: record.ownerName } }
      : {}),
    roles: [ROLE.publicAuthority, ROLE.buyer, ...(isSelfFunded(record) ? [ROLE.funder] : [])],
  };
  const parties = [ownerParty];
  const lead = record.leadDepartmentName;
  if (lead && lead === record.ownerName) ownerParty.roles.push(ROLE.leadDepartment);
  else if (lead) parties.push({ id: LEAD_DEPARTMENT_PARTY_ID, name: lead, roles: [ROLE.leadDepartment] });
  return { parties, owner: { id: ownerParty.id, name: ownerParty.name } };
}

/** The plan's sector and special, and the stage, level and plan category OC4IDS has no field for. */
function classificationsOf(record: ProjectRecord, context: ExportContext): Oc4idsClassification[] {
  const planCode = context.plan.code;
  return [
    { scheme: planCode, id: context.sector.code, description: context.sector.zh },
    { scheme: planCode, id: context.special.code, description: context.special.zh },
    { scheme: STAGE_SCHEME, id: record.stage, description: STAGE_LABELS[record.stage].zh },
    { scheme: LEVEL_SCHEME, id: record.level, description: LEVEL_LABELS[record.level].zh },
    ...(record.planCategory
      ? [
          {
            scheme: planCategoryScheme(planCode),
            id: record.planCategory,
            description: STAGE_LABELS[record.planCategory].zh,
          },
        ]
      : []),
  ];
}

/** 开工 and 竣工 as milestones: planned date as due date, actual date as date met. */
function milestonesOf(record: ProjectRecord, context: ExportContext): Oc4idsMilestone[] {
  const today = businessDate(new Date(context.updated));
  const milestone = (
    id: string,
    title: string,
    due: string | null,
    met: string | null,
    at: (date: string) => string,
  ): Oc4idsMilestone[] => {
    if (!due && !met) return [];
    const overdue = !met && (record.stage === "cancelled" || (due !== null && due < today));
    return [
      {
        id,
        title,
        ...(due ? { dueDate: at(due) } : {}),
        ...(met ? { dateMet: at(met) } : {}),
        dateModified: context.updated,
        status: met ? "met" : overdue ? "notMet" : "scheduled",
      },
    ];
  };
  return [
    ...milestone(START_MILESTONE, "开工", record.plannedStart, record.actualStart, startOfDay),
    ...milestone(END_MILESTONE, "竣工", record.plannedEnd, record.actualEnd, endOfDay),
  ];
}
