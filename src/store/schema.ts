import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { imageMetaSchema } from "../domain/contracts/publication.js";

type ImageMeta = z.infer<typeof imageMetaSchema>;

/** Money columns hold integer fen; bigint mode keeps them out of JS floats. */
const fenColumn = (name: string) => bigint(name, { mode: "bigint" });

export const plans = pgTable("plans", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  startYear: smallint("start_year").notNull(),
  endYear: smallint("end_year").notNull(),
  rollingCycleYears: smallint("rolling_cycle_years").notNull(),
  headlineProjects: integer("headline_projects").notNull(),
  headlineSectors: smallint("headline_sectors").notNull(),
  headlineSpecials: smallint("headline_specials").notNull(),
  headlineInvestmentFen: fenColumn("headline_investment_fen").notNull(),
  fundingSources: jsonb("funding_sources").$type<string[]>().notNull(),
});

export const categories = pgTable("categories", {
  code: text("code").primaryKey(),
  planCode: text("plan_code")
    .notNull()
    .references(() => plans.code),
  zh: text("zh").notNull(),
  en: text("en").notNull(),
  sort: smallint("sort").notNull(),
});

export const sectors = pgTable("sectors", {
  code: text("code").primaryKey(),
  categoryCode: text("category_code")
    .notNull()
    .references(() => categories.code),
  no: smallint("no").notNull(),
  zh: text("zh").notNull(),
  en: text("en").notNull(),
  goals: jsonb("goals").$type<string[]>().notNull(),
});

export const specials = pgTable("specials", {
  code: text("code").primaryKey(),
  sectorCode: text("sector_code")
    .notNull()
    .references(() => sectors.code),
  zh: text("zh").notNull(),
  en: text("en").notNull(),
  scope: text("scope").notNull(),
  targetProjects: integer("target_projects").notNull(),
  targetInvestmentFen: fenColumn("target_investment_fen").notNull(),
  sort: smallint("sort").notNull(),
  leadDepartmentId: integer("lead_department_id").references(() => organisations.id),
});

/** The plan's three-way split of its list (在建 / 新开工 / 储备) with its stated targets. */
export const planCategoryTargets = pgTable(
  "plan_category_targets",
  {
    planCode: text("plan_code")
      .notNull()
      .references(() => plans.code),
    category: text("category").notNull(),
    zh: text("zh").notNull(),
    targetProjects: integer("target_projects").notNull(),
    targetInvestmentFen: fenColumn("target_investment_fen").notNull(),
    task: text("task").notNull(),
    sort: smallint("sort").notNull(),
  },
  (t) => [primaryKey({ columns: [t.planCode, t.category] })],
);

export const indicators = pgTable("indicators", {
  code: text("code").primaryKey(),
  planCode: text("plan_code")
    .notNull()
    .references(() => plans.code),
  zh: text("zh").notNull(),
  unit: text("unit").notNull(),
  target: jsonb("target").$type<number | string | number[]>().notNull(),
  comparator: text("comparator").notNull(),
  year: text("year").notNull(),
});

/** Policy clauses kept verbatim as data; the incentive engine gives them structure later. */
export const policyClauses = pgTable("policy_clauses", {
  code: text("code").primaryKey(),
  planCode: text("plan_code")
    .notNull()
    .references(() => plans.code),
  group: text("group_name").notNull(),
  kind: text("kind").notNull(),
  zh: text("zh").notNull(),
  params: jsonb("params").$type<Record<string, unknown>>().notNull(),
});

export const districts = pgTable("districts", {
  code: char("code", { length: 6 }).primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  kind: text("kind").notNull(),
});

/** Region membership is dated: territorial plans move districts between regions (垫江, 2024). */
export const districtRegions = pgTable(
  "district_regions",
  {
    districtCode: char("district_code", { length: 6 })
      .notNull()
      .references(() => districts.code),
    region: text("region").notNull(),
    subregion: text("subregion"),
    validFrom: date("valid_from", { mode: "string" }).notNull(),
    validTo: date("valid_to", { mode: "string" }),
    source: text("source").notNull(),
  },
  (t) => [primaryKey({ columns: [t.districtCode, t.validFrom] })],
);

export const organisations = pgTable(
  "organisations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    uscc: char("uscc", { length: 18 }),
    kind: text("kind").notNull(),
    districtCode: char("district_code", { length: 6 }).references(() => districts.code),
  },
  (t) => [uniqueIndex("organisations_uscc_key").on(t.uscc), uniqueIndex("organisations_name_key").on(t.name)],
);

export const projects = pgTable(
  "projects",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    planCode: text("plan_code")
      .notNull()
      .references(() => plans.code),
    code: text("code"),
    name: text("name").notNull(),
    sectorCode: text("sector_code")
      .notNull()
      .references(() => sectors.code),
    specialCode: text("special_code")
      .notNull()
      .references(() => specials.code),
    districtCode: char("district_code", { length: 6 })
      .notNull()
      .references(() => districts.code),
    ownerId: integer("owner_id")
      .notNull()
      .references(() => organisations.id),
    leadDepartmentId: integer("lead_department_id").references(() => organisations.id),
    level: text("level").notNull(),
    planCategory: text("plan_category"),
    stage: text("stage").notNull(),
    suspendedFrom: text("suspended_from"),
    description: text("description").notNull().default(""),
    totalInvestmentFen: fenColumn("total_investment_fen").notNull(),
    openingCompletedFen: fenColumn("opening_completed_fen")
      .notNull()
      .default(sql`0`),
    /** Opening balance plus every accepted monthly amount, kept in step by the report writer. */
    completedInvestmentFen: fenColumn("completed_investment_fen")
      .notNull()
      .default(sql`0`),
    /** 竣工决算: the final investment recorded when the project is completed. */
    finalInvestmentFen: fenColumn("final_investment_fen"),
    /** When the project entered the reserve, for the rollover's preference for older reserve projects. */
    reserveSince: date("reserve_since", { mode: "string" }),
    plannedStart: date("planned_start", { mode: "string" }),
    plannedEnd: date("planned_end", { mode: "string" }),
    actualStart: date("actual_start", { mode: "string" }),
    actualEnd: date("actual_end", { mode: "string" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("projects_code_key").on(t.code),
    // Lists sort by investment, then id, both descending: the indexes match so a page reads 20 entries.
    index("projects_special_idx").on(
      t.specialCode,
      t.totalInvestmentFen.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("projects_sector_idx").on(
      t.sectorCode,
      t.totalInvestmentFen.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("projects_district_idx").on(
      t.districtCode,
      t.stage,
      t.totalInvestmentFen.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index("projects_owner_idx").on(t.ownerId),
    index("projects_investment_idx").on(t.totalInvestmentFen.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("projects_stage_idx").on(t.stage),
  ],
);

export const projectFunding = pgTable(
  "project_funding",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    plannedFen: fenColumn("planned_fen").notNull(),
    securedFen: fenColumn("secured_fen").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.source] })],
);

export const projectAnnualPlans = pgTable(
  "project_annual_plans",
  {
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    year: smallint("year").notNull(),
    plannedFen: fenColumn("planned_fen").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.year] })],
);

/** Monthly progress reports; a correction is a new version, the old row stays. */
export const progressReports = pgTable(
  "progress_reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    month: char("month", { length: 7 }).notNull(),
    version: smallint("version").notNull().default(1),
    current: boolean("current").notNull().default(true),
    investedFen: fenColumn("invested_fen").notNull(),
    progressPct: smallint("progress_pct").notNull(),
    progressText: text("progress_text").notNull().default(""),
    problems: text("problems"),
    milestones: text("milestones").notNull().default(""),
    status: text("status").notNull().default("accepted"),
    submittedBy: integer("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("progress_reports_version_key").on(t.projectId, t.month, t.version),
    uniqueIndex("progress_reports_current_key")
      .on(t.projectId, t.month)
      .where(sql`${t.current}`),
  ],
);

export const users = pgTable(
  "users",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    roles: text("roles").array().notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    failedAttempts: smallint("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
    disabled: boolean("disabled").notNull().default(false),
    /** Contact phone, kept encrypted (SM4) when field encryption is configured. */
    phone: text("phone"),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true, mode: "date" })
      .notNull()
      .defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_username_key").on(sql`lower(${t.username})`),
    index("users_organisation_idx").on(t.organisationId),
  ],
);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256, so a leaked table opens nothing. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    clientIp: text("client_ip").notNull(),
    userAgent: text("user_agent").notNull().default(""),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Append-only, hash-chained log of every mutation, sign-in and denial. */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
    actorUserId: integer("actor_user_id"),
    actorUsername: text("actor_username").notNull(),
    actorOrganisationId: integer("actor_organisation_id"),
    clientIp: text("client_ip").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    outcome: text("outcome").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    details: jsonb("details"),
    algorithm: text("algorithm").notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_entity_idx").on(t.entityType, t.entityId),
    index("audit_log_actor_idx").on(t.actorUserId),
  ],
);

/** The chain's head: one row, locked by every writer so entries are numbered and chained one at a time. */
export const auditHead = pgTable("audit_head", {
  id: smallint("id").primaryKey(),
  seq: bigint("seq", { mode: "number" }).notNull(),
  hash: text("hash").notNull(),
});

/** 宣传推介: demonstration cases, application needs and innovative products shown to the public once published. */
export const publications = pgTable(
  "publications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    kind: text("kind").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull(),
    projectIds: integer("project_ids")
      .array()
      .notNull()
      .default(sql`'{}'`),
    images: jsonb("images")
      .$type<ImageMeta[]>()
      .notNull()
      .default(sql`'[]'`),
    status: text("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    createdBy: integer("created_by").references(() => users.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [index("publications_status_idx").on(t.status, t.kind, t.publishedAt)],
);

/** Every lifecycle move of a project, with its reason: the history shown beside the project. */
export const projectTransitions = pgTable(
  "project_transitions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    fromStage: text("from_stage").notNull(),
    toStage: text("to_stage").notNull(),
    reason: text("reason").notNull(),
    details: jsonb("details")
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'`),
    actorUserId: integer("actor_user_id"),
    actorUsername: text("actor_username").notNull(),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("project_transitions_project_idx").on(t.projectId, t.at)],
);

/** The annual rollover: which reserve projects were proposed as next year's new starts, and what was decided. */
export const rolloverDecisions = pgTable(
  "rollover_decisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    year: smallint("year").notNull(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    decision: text("decision").notNull(),
    note: text("note").notNull().default(""),
    proposal: jsonb("proposal").$type<Record<string, unknown>>(),
    decidedBy: integer("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("rollover_decisions_year_project_key").on(t.year, t.projectId)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** A failed import's report: the problems and the uploaded workbook with the bad cells marked, kept for download. */
export const importReports = pgTable("import_reports", {
  id: text("id").primaryKey(),
  createdBy: integer("created_by"),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
  fileName: text("file_name").notNull(),
  problems: jsonb("problems").notNull(),
  marked: bytea("marked"),
});

/** District and lead-department reviews of a monthly report; a report is accepted when both accepted it. */
export const reportReviews = pgTable(
  "report_reviews",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer("report_id")
      .notNull()
      .references(() => progressReports.id, { onDelete: "cascade" }),
    reviewerRole: text("reviewer_role").notNull(),
    decision: text("decision").notNull(),
    reason: text("reason").notNull().default(""),
    reviewerId: integer("reviewer_id"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [uniqueIndex("report_reviews_report_role_key").on(t.reportId, t.reviewerRole)],
);

/** The dispatch rules in force (one row): report deadline and warning thresholds, editable by the city. */
export const dispatchSettings = pgTable("dispatch_settings", {
  id: smallint("id").primaryKey().default(1),
  reportDueDay: smallint("report_due_day").notNull().default(5),
  paceYellowPoints: smallint("pace_yellow_points").notNull().default(10),
  paceRedPoints: smallint("pace_red_points").notNull().default(30),
  startDelayRedMonths: smallint("start_delay_red_months").notNull().default(3),
  stallReports: smallint("stall_reports").notNull().default(2),
  updatedBy: integer("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/**
 * One project in one month as the dashboard counts it: the group keys it falls in and its figures.
 * Kept in step with every write so that rollups can be adjusted by the difference.
 */
export const dispatchFacts = pgTable(
  "dispatch_facts",
  {
    projectId: integer("project_id").notNull(),
    month: char("month", { length: 7 }).notNull(),
    sectorCode: text("sector_code").notNull(),
    specialCode: text("special_code").notNull(),
    districtCode: char("district_code", { length: 6 }).notNull(),
    stage: text("stage").notNull(),
    level: text("level").notNull(),
    /** Departments whose scope holds the project: its own lead department and its special's. */
    departmentIds: integer("department_ids").array().notNull(),
    plannedFen: fenColumn("planned_fen").notNull(),
    monthFen: fenColumn("month_fen").notNull(),
    yearToDateFen: fenColumn("ytd_fen").notNull(),
    cumulativeFen: fenColumn("cumulative_fen").notNull(),
    totalFen: fenColumn("total_fen").notNull(),
    startPlannedYear: boolean("start_planned_year").notNull(),
    startDue: boolean("start_due").notNull(),
    started: boolean("started").notNull(),
    /** Building in the month, so a report is due. */
    reportDue: boolean("report_due").notNull(),
    reported: boolean("reported").notNull(),
    /** The warning level from every rule except a missing report, which depends on the day asked. */
    baseLevel: text("base_level").notNull(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.month] }), index("dispatch_facts_month_idx").on(t.month)],
);

/**
 * Sums of dispatch facts per month, scope (all, one district, one department) and grouping, so a
 * dashboard reads a few dozen rows whatever the portfolio's size.
 */
export const dispatchRollups = pgTable(
  "dispatch_rollups",
  {
    month: char("month", { length: 7 }).notNull(),
    scopeKind: text("scope_kind").notNull(),
    scopeKey: text("scope_key").notNull(),
    dim: text("dim").notNull(),
    key: text("key").notNull(),
    projects: integer("projects").notNull(),
    plannedFen: fenColumn("planned_fen").notNull(),
    monthFen: fenColumn("month_fen").notNull(),
    yearToDateFen: fenColumn("ytd_fen").notNull(),
    cumulativeFen: fenColumn("cumulative_fen").notNull(),
    totalFen: fenColumn("total_fen").notNull(),
    startsPlannedYear: integer("starts_planned_year").notNull(),
    startsDue: integer("starts_due").notNull(),
    started: integer("started").notNull(),
    reportsDue: integer("reports_due").notNull(),
    reported: integer("reported").notNull(),
    red: integer("red").notNull(),
    yellow: integer("yellow").notNull(),
    green: integer("green").notNull(),
    /** Due but unreported projects by base level: they turn red once the deadline has passed. */
    unreportedYellow: integer("unreported_yellow").notNull(),
    unreportedGreen: integer("unreported_green").notNull(),
  },
  (t) => [primaryKey({ columns: [t.month, t.scopeKind, t.scopeKey, t.dim, t.key] })],
);

/** How far the dispatch facts reach (one row): months after `throughMonth` are built when first asked. */
export const dispatchState = pgTable("dispatch_state", {
  id: smallint("id").primaryKey().default(1),
  throughMonth: char("through_month", { length: 7 }),
});

/** A problem blocking a project (要素保障、问题协调), escalated owner → district → department → city. */
export const coordinationProblems = pgTable(
  "coordination_problems",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    category: text("category").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    responsibleUnit: text("responsible_unit").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status").notNull().default("open"),
    tier: text("tier").notNull().default("owner"),
    raisedBy: integer("raised_by"),
    raisedAt: timestamp("raised_at", { withTimezone: true, mode: "date" }).notNull(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("coordination_problems_project_idx").on(t.projectId),
    index("coordination_problems_open_idx").on(t.status, t.dueDate),
  ],
);

/** Comments, escalations and status changes of a coordination problem, in order. */
export const problemEvents = pgTable(
  "problem_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    problemId: integer("problem_id")
      .notNull()
      .references(() => coordinationProblems.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    text: text("text").notNull().default(""),
    fromTier: text("from_tier"),
    toTier: text("to_tier"),
    status: text("status"),
    byUser: integer("by_user"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("problem_events_problem_idx").on(t.problemId)],
);

/** A KPI value recorded for a period (a year `YYYY` or a month `YYYY-MM`), with its source. */
export const indicatorValues = pgTable(
  "indicator_values",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    indicatorCode: text("indicator_code")
      .notNull()
      .references(() => indicators.code),
    period: text("period").notNull(),
    /** Exact decimal as entered (numeric), never a float. */
    value: numeric("value", { precision: 18, scale: 4 }).notNull(),
    source: text("source").notNull(),
    note: text("note").notNull().default(""),
    enteredBy: integer("entered_by"),
    enteredAt: timestamp("entered_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("indicator_values_code_period_idx").on(t.indicatorCode, t.period)],
);

/**
 * Dated versions of a policy clause's terms (rate, base, caps, eligibility; see domain/incentives/terms.ts).
 * Version 1 is the plan's own wording; the city issues later ones. The version in force on a date is used.
 */
export const policyClauseVersions = pgTable(
  "policy_clause_versions",
  {
    clauseCode: text("clause_code")
      .notNull()
      .references(() => policyClauses.code),
    version: smallint("version").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    effectiveTo: date("effective_to", { mode: "string" }),
    terms: jsonb("terms").$type<Record<string, unknown>>().notNull(),
    note: text("note").notNull().default(""),
    changedBy: integer("changed_by"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.clauseCode, t.version] })],
);

/** An owner's application for an award under a monetary clause, on one of its projects. */
export const incentiveApplications = pgTable(
  "incentive_applications",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    clauseCode: text("clause_code")
      .notNull()
      .references(() => policyClauses.code),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The project's owner when it applied: caps per applicant count against this organisation. */
    applicantId: integer("applicant_id")
      .notNull()
      .references(() => organisations.id),
    level: text("level"),
    applicantIsSme: boolean("applicant_is_sme").notNull().default(false),
    baseFen: fenColumn("base_fen").notNull(),
    /** Name, kind, size and SHA-256 of each supporting document; the files themselves stay with the owner. */
    evidence: jsonb("evidence")
      .$type<{ name: string; kind: string; size: number; sha256: string }[]>()
      .notNull(),
    note: text("note").notNull().default(""),
    status: text("status").notNull().default("submitted"),
    districtReview: text("district_review"),
    departmentReview: text("department_review"),
    approvedFen: fenColumn("approved_fen"),
    decisionReason: text("decision_reason"),
    submittedBy: integer("submitted_by"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull(),
    decidedBy: integer("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("incentive_applications_status_idx").on(t.status, t.submittedAt),
    index("incentive_applications_project_idx").on(t.projectId),
    index("incentive_applications_applicant_idx").on(t.applicantId, t.clauseCode),
  ],
);

/** Every step of an application (submitted, reviewed, returned, withdrawn, approved, rejected), kept. */
export const incentiveApplicationEvents = pgTable(
  "incentive_application_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => incentiveApplications.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    role: text("role"),
    reason: text("reason").notNull().default(""),
    amountFen: fenColumn("amount_fen"),
    byUser: integer("by_user"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("incentive_application_events_app_idx").on(t.applicationId)],
);

/** The award ledger: one row per approved application, counted by applicant, clause and year. */
export const incentiveAwards = pgTable(
  "incentive_awards",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => incentiveApplications.id),
    applicantId: integer("applicant_id")
      .notNull()
      .references(() => organisations.id),
    clauseCode: text("clause_code")
      .notNull()
      .references(() => policyClauses.code),
    clauseVersion: smallint("clause_version").notNull(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id),
    year: smallint("year").notNull(),
    amountFen: fenColumn("amount_fen").notNull(),
    approvedBy: integer("approved_by"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("incentive_awards_application_key").on(t.applicationId),
    index("incentive_awards_applicant_idx").on(t.applicantId, t.clauseCode, t.year),
  ],
);

/**
 * One row per applicant and clause, locked (SELECT … FOR UPDATE) by every approval under that clause,
 * so concurrent approvals are counted one after another and a shared cap is never passed.
 */
export const incentiveBalances = pgTable(
  "incentive_balances",
  {
    applicantId: integer("applicant_id")
      .notNull()
      .references(() => organisations.id),
    clauseCode: text("clause_code")
      .notNull()
      .references(() => policyClauses.code),
    awardedFen: fenColumn("awarded_fen")
      .notNull()
      .default(sql`0`),
  },
  (t) => [primaryKey({ columns: [t.applicantId, t.clauseCode] })],
);

/** A request for a non-monetary support (land, facilities, power, fee waivers) on a project. */
export const factorRequests = pgTable(
  "factor_requests",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    clauseCode: text("clause_code")
      .notNull()
      .references(() => policyClauses.code),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    factor: text("factor").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull(),
    responsibleUnit: text("responsible_unit").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    status: text("status").notNull().default("open"),
    result: text("result").notNull().default(""),
    raisedBy: integer("raised_by"),
    raisedAt: timestamp("raised_at", { withTimezone: true, mode: "date" }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    index("factor_requests_project_idx").on(t.projectId),
    index("factor_requests_status_idx").on(t.status, t.dueDate),
  ],
);

/** Comments, status changes and due-date changes of a factor request, in order. */
export const factorRequestEvents = pgTable(
  "factor_request_events",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    requestId: integer("request_id")
      .notNull()
      .references(() => factorRequests.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    text: text("text").notNull().default(""),
    status: text("status"),
    dueDate: date("due_date", { mode: "string" }),
    byUser: integer("by_user"),
    byRole: text("by_role"),
    at: timestamp("at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("factor_request_events_request_idx").on(t.requestId)],
);

/**
 * Exceptions to the Monday–Friday working week: public holidays on weekdays and make-up working days
 * (调休) on weekends, as published each year by the State Council.
 */
export const calendarDays = pgTable("calendar_days", {
  day: date("day", { mode: "string" }).primaryKey(),
  /** "holiday" (no work on a weekday) or "workday" (work on a weekend day). */
  kind: text("kind").notNull(),
  name: text("name").notNull(),
});

/** An evaluation, approval or filing of a project (备案、核准、用地预审、规划许可、环评、能评、施工许可 …). */
export const approvalItems = pgTable(
  "approval_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    approvingBody: text("approving_body").notNull(),
    /** 法定办结时限, working days. */
    statutoryDays: smallint("statutory_days").notNull(),
    /** The promised limit (at most half the statutory one), working days. */
    targetDays: smallint("target_days").notNull(),
    submittedOn: date("submitted_on", { mode: "string" }).notNull(),
    completedOn: date("completed_on", { mode: "string" }),
    /** 备案承诺制: filed on the owner's commitment, checked afterwards. */
    commitment: boolean("commitment").notNull().default(false),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("approval_items_project_idx").on(t.projectId),
    index("approval_items_open_idx").on(t.completedOn, t.submittedOn),
  ],
);

/** The rules proposing candidates for the major-project whitelist (one row, editable by the city). */
export const whitelistSettings = pgTable("whitelist_settings", {
  id: smallint("id").primaryKey().default(1),
  rules: jsonb("rules").$type<Record<string, unknown>>().notNull(),
  updatedBy: integer("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** A project on the major-project whitelist (重大项目白名单): proposed, confirmed by the city, published to banks. */
export const whitelistEntries = pgTable(
  "whitelist_entries",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** candidate, confirmed, published, removed */
    status: text("status").notNull(),
    /** Why the rules proposed it, in words and numbers, as of the proposal. */
    reasons: jsonb("reasons").$type<unknown[]>().notNull(),
    gapFen: fenColumn("gap_fen").notNull(),
    note: text("note").notNull().default(""),
    proposedAt: timestamp("proposed_at", { withTimezone: true, mode: "date" }).notNull(),
    confirmedBy: integer("confirmed_by"),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    removedAt: timestamp("removed_at", { withTimezone: true, mode: "date" }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    uniqueIndex("whitelist_entries_live_key")
      .on(t.projectId)
      .where(sql`${t.status} <> 'removed'`),
    index("whitelist_entries_status_idx").on(t.status),
  ],
);

/** A bank's credit decision on a published whitelist project. */
export const bankDecisions = pgTable(
  "bank_decisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    entryId: integer("entry_id")
      .notNull()
      .references(() => whitelistEntries.id, { onDelete: "cascade" }),
    bankId: integer("bank_id")
      .notNull()
      .references(() => organisations.id),
    /** in_review, approved, declined */
    decision: text("decision").notNull(),
    amountFen: fenColumn("amount_fen")
      .notNull()
      .default(sql`0`),
    note: text("note").notNull().default(""),
    decidedBy: integer("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [index("bank_decisions_entry_idx").on(t.entryId, t.bankId)],
);
