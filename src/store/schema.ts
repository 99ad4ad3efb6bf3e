import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

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
    index("projects_special_idx").on(t.specialCode, t.totalInvestmentFen.desc(), t.id),
    index("projects_sector_idx").on(t.sectorCode, t.totalInvestmentFen.desc(), t.id),
    index("projects_district_idx").on(t.districtCode, t.stage, t.totalInvestmentFen.desc(), t.id),
    index("projects_owner_idx").on(t.ownerId),
    index("projects_investment_idx").on(t.totalInvestmentFen.desc(), t.id),
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
    status: text("status").notNull().default("accepted"),
    submittedAt: timestamp("submitted_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("progress_reports_version_key").on(t.projectId, t.month, t.version),
    uniqueIndex("progress_reports_current_key")
      .on(t.projectId, t.month)
      .where(sql`${t.current}`),
  ],
);
