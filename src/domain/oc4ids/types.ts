/**
 * The part of OC4IDS 0.9 (project-level schema) this platform writes. Field names and nesting follow
 * reference/oc4ids/project-schema.json; everything here is optional there unless the schema requires it.
 */

export const OC4IDS_PROJECT_STATUSES = [
  "identification",
  "preparation",
  "implementation",
  "completion",
  "maintenance",
  "decommissioning",
  "decommissioned",
  "cancelled",
] as const;
export type Oc4idsProjectStatus = (typeof OC4IDS_PROJECT_STATUSES)[number];

export type Oc4idsProjectType =
  "construction" | "rehabilitation" | "replacement" | "expansion" | "decommissioning";

export interface Oc4idsValue {
  /** Major units (yuan for CNY) as a JSON number. */
  amount: number;
  currency: string;
}

export interface Oc4idsPeriod {
  startDate?: string;
  endDate?: string;
}

export interface Oc4idsOrganizationReference {
  id: string;
  name: string;
}

export interface Oc4idsIdentifier {
  scheme: string;
  id: string;
  legalName?: string;
}

export interface Oc4idsParty {
  id: string;
  name: string;
  identifier?: Oc4idsIdentifier;
  roles: string[];
}

export interface Oc4idsClassification {
  scheme: string;
  id: string;
  description?: string;
}

export interface Oc4idsSimpleIdentifier {
  id: string;
  scheme: string;
}

export interface Oc4idsLocation {
  id: string;
  description?: string;
  gazetteer?: { scheme: string; identifiers: string[] };
  address?: { locality?: string; region?: string; countryName?: string };
}

export interface Oc4idsBudgetBreakdown {
  id: string;
  description?: string;
  amount?: Oc4idsValue;
  period?: Oc4idsPeriod;
  sourceParty?: Oc4idsOrganizationReference;
}

export interface Oc4idsBudgetBreakdowns {
  id: string;
  description?: string;
  budgetBreakdown: Oc4idsBudgetBreakdown[];
}

export interface Oc4idsBudget {
  description?: string;
  amount?: Oc4idsValue;
  budgetBreakdowns?: Oc4idsBudgetBreakdowns[];
}

export interface Oc4idsMilestone {
  id: string;
  title?: string;
  description?: string;
  dueDate?: string;
  dateMet?: string;
  dateModified?: string;
  status?: "scheduled" | "met" | "notMet" | "partiallyMet";
}

export interface Oc4idsCompletion {
  endDate?: string;
  finalValue?: Oc4idsValue;
}

export interface Oc4idsProject {
  id: string;
  identifiers?: Oc4idsSimpleIdentifier[];
  updated?: string;
  language?: string;
  title?: string;
  description?: string;
  status?: Oc4idsProjectStatus;
  type?: Oc4idsProjectType;
  sector?: string[];
  additionalClassifications?: Oc4idsClassification[];
  publicAuthority?: Oc4idsOrganizationReference;
  parties?: Oc4idsParty[];
  budget?: Oc4idsBudget;
  period?: Oc4idsPeriod;
  locations?: Oc4idsLocation[];
  milestones?: Oc4idsMilestone[];
  completion?: Oc4idsCompletion;
}

export interface Oc4idsPublisher {
  name: string;
  scheme?: string;
  uid?: string;
  uri?: string;
}

export interface Oc4idsPackage {
  uri: string;
  publishedDate: string;
  publisher: Oc4idsPublisher;
  license?: string;
  publicationPolicy?: string;
  version: string;
  projects: Oc4idsProject[];
}
