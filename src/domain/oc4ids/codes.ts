/**
 * Identifiers, schemes and codes this platform writes into OC4IDS and recognises when reading it.
 * MAPPING.md explains each choice.
 */

/** The OC4IDS major.minor this platform writes (the schemas are 0.9.5). */
export const OC4IDS_VERSION = "0.9";

/**
 * Project ids are `oc4ids-<prefix>-<our id>`. This is a placeholder: before publishing, register a
 * project identifier prefix with the OC4IDS helpdesk and replace it (registered prefixes look like
 * `oc4ids-bu3kcz`, so the value here becomes `bu3kcz`).
 */
export const OC4IDS_ID_PREFIX = "cqnewinfra";

/** 投资项目代码 from the national investment project online approval and supervision platform. */
export const PROJECT_CODE_SCHEME = "CN-INVESTMENT-PROJECT-CODE";

/** org-id.guide list for the 统一社会信用代码 (GB 32100-2015), covering companies and other entities. */
export const USCC_ORG_ID_SCHEME = "CN-USCI";
/** Older org-id.guide list for enterprise registrations; read for USCCs, never written. */
export const LEGACY_USCC_ORG_ID_SCHEMES = ["CN-SAIC"] as const;

/** Gazetteer scheme for GB/T 2260 administrative division codes (an extension of the open codelist). */
export const DIVISION_GAZETTEER_SCHEME = "GBT2260";

/** Classification schemes for what OC4IDS has no field for; the plan's own schemes are named by its code. */
export const STAGE_SCHEME = "NEWINFRA-STAGE";
export const LEVEL_SCHEME = "NEWINFRA-LEVEL";
export const planCategoryScheme = (planCode: string) => `${planCode}-CATEGORY`;

/** partyRole codes. `leadDepartment` extends the open codelist: no listed role fits a 行业主管部门. */
export const ROLE = {
  publicAuthority: "publicAuthority",
  buyer: "buyer",
  funder: "funder",
  leadDepartment: "leadDepartment",
} as const;

/** Party ids for parties without an organisation identifier. */
export const OWNER_PARTY_ID = "owner";
export const LEAD_DEPARTMENT_PARTY_ID = "lead-department";

/** Budget breakdown groups. */
export const FUNDING_PLANNED_GROUP = "funding-planned";
export const FUNDING_SECURED_GROUP = "funding-secured";
export const ANNUAL_PLAN_GROUP = "annual-plan";

/** Milestones carrying the planned and actual start (开工) and completion (竣工) dates. */
export const START_MILESTONE = "construction-start";
export const END_MILESTONE = "construction-end";

/** The funding source that is the owner's own money: its budget line names the owner as source party. */
export const SELF_FUNDING_SOURCE = "企业自筹/社会资本";

export const CURRENCY = "CNY";
export const LANGUAGE = "zh";
