import type { Stage } from "../lifecycle.js";
import { PLAN_CATEGORIES, STAGES } from "../lifecycle.js";
import type { Fen } from "../money.js";
import type { ProjectLevel } from "../plan.js";
import { PROJECT_LEVELS } from "../plan.js";
import { projectCodeProblem } from "../project-code.js";
import type { ProjectRecord } from "../project-record.js";
import { stageOfStatus, statusOfStage } from "./classification.js";
import {
  DIVISION_GAZETTEER_SCHEME,
  END_MILESTONE,
  LEVEL_SCHEME,
  PROJECT_CODE_SCHEME,
  STAGE_SCHEME,
  START_MILESTONE,
  planCategoryScheme,
} from "./codes.js";
import { shanghaiDateOf } from "./datetimes.js";
import { budgetLinesFromOc4ids } from "./import-budget.js";
import type { ImportLookups } from "./import-lookups.js";
import type { JsonObject, ProjectLog } from "./import-log.js";
import { isObject, objectsIn, stringsIn, textOf } from "./import-log.js";
import { MoneyReader } from "./import-money.js";
import { partiesFromOc4ids } from "./import-parties.js";
import type { Oc4idsProjectStatus } from "./types.js";
import { OC4IDS_PROJECT_STATUSES } from "./types.js";

/** Top-level project fields the mapping reads; any other is named in a note. */
const READ_FIELDS = new Set([
  "id",
  "identifiers",
  "updated",
  "language",
  "title",
  "description",
  "status",
  "type",
  "sector",
  "additionalClassifications",
  "publicAuthority",
  "parties",
  "budget",
  "period",
  "locations",
  "milestones",
  "completion",
]);

const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.find((item) => item === value) ?? null;

/**
 * One OC4IDS project → a record, or null when any of its problems was reported (the record would
 * be unreliable). Notes say what was dropped or assumed.
 */
export function recordFromOc4ids(
  project: JsonObject,
  lookups: ImportLookups,
  log: ProjectLog,
): ProjectRecord | null {
  const classifications = objectsIn(project.additionalClassifications);
  const classified = (scheme: string) => classifications.find((c) => c.scheme === scheme)?.id;
  const money = new MoneyReader(log, lookups.acceptForeignCurrency ?? false);

  const name = textOf(project.title);
  const code = codeOf(project.identifiers, lookups, log);
  if (!name) log.problem("title", project.title, "缺少项目名称", "the title is missing");
  const dates = datesOf(project, log);
  const stage = stageOf(project.status, oneOf(STAGES, classified(STAGE_SCHEME)), dates.actualStart, log);
  const parties = partiesFromOc4ids(project, log);
  const specialCode = specialOf(classifications, lookups, log);
  const districtCode = districtOf(project.locations, lookups, log);
  const level = levelOf(oneOf(PROJECT_LEVELS, classified(LEVEL_SCHEME)), lookups, log);
  const planCategory = oneOf(PLAN_CATEGORIES, classified(planCategoryScheme(lookups.planCode)));

  const budget = isObject(project.budget) ? project.budget : null;
  const total = budget && "amount" in budget ? money.read(budget.amount, "budget.amount") : null;
  if (!budget || !("amount" in budget))
    log.problem(
      "budget.amount",
      project.budget,
      "缺少项目总投资（budget.amount）",
      "the budget amount is missing",
    );
  const lines = budget
    ? budgetLinesFromOc4ids(budget, money, log, lookups.fundingSources)
    : { funding: [], annualPlans: [] };
  const completion = isObject(project.completion) ? project.completion : null;
  const completed =
    completion && "finalValue" in completion
      ? money.read(completion.finalValue, "completion.finalValue")
      : 0n;
  money.noteCurrencies();
  noteDropped(project, lookups, log);

  if (log.hasProblems || !name || !stage || !parties || !specialCode || !districtCode || !level) return null;
  if (total === null || completed === null) return null;
  return {
    id: localIdOf(project.id, lookups.idPrefix),
    code,
    name,
    specialCode,
    districtCode,
    ...parties,
    level,
    planCategory,
    stage,
    description: textOf(project.description) ?? "",
    totalInvestmentFen: total,
    completedInvestmentFen: completed as Fen,
    ...dates,
    ...lines,
  };
}

function localIdOf(id: unknown, idPrefix: string): number | null {
  const head = `oc4ids-${idPrefix}-`;
  if (typeof id !== "string" || !id.startsWith(head)) return null;
  const local = id.slice(head.length);
  return /^\d{1,15}$/.test(local) ? Number(local) : null;
}

function codeOf(identifiers: unknown, lookups: ImportLookups, log: ProjectLog): string | null {
  const list = objectsIn(identifiers);
  const index = list.findIndex((i) => i.scheme === PROJECT_CODE_SCHEME);
  if (index < 0) return null;
  const code = list[index]?.id;
  if (typeof code === "string" && !projectCodeProblem(code, new Set(lookups.districts.map((d) => d.code))))
    return code;
  log.problem(
    `identifiers.${index}.id`,
    code,
    "投资项目代码格式不正确",
    "the investment project code is malformed",
  );
  return null;
}

function specialOf(classifications: JsonObject[], lookups: ImportLookups, log: ProjectLog): string | null {
  const found = classifications.find(
    (c) => c.scheme === lookups.planCode && typeof c.id === "string" && lookups.specialCodes.has(c.id),
  );
  if (typeof found?.id === "string") return found.id;
  const fallback = lookups.fallback?.specialCode;
  if (fallback) {
    log.note(
      `没有本计划的专项分类，按默认专项 ${fallback} 导入；type 与 sector 未保留`,
      `no classification under plan ${lookups.planCode}; imported under special ${fallback}; type and sector not kept`,
    );
    return fallback;
  }
  log.problem(
    "additionalClassifications",
    classifications,
    `缺少计划 ${lookups.planCode} 的专项分类`,
    `no special classified under plan ${lookups.planCode}`,
  );
  return null;
}

/** Our gazetteer scheme and the spellings others give GB/T 2260 ("GB/T 2260", "CN-GBT2260"). */
const normalisedScheme = (scheme: string) => scheme.toUpperCase().replace(/[^A-Z0-9]/g, "");
const DIVISION_SCHEMES = new Set([
  normalisedScheme(DIVISION_GAZETTEER_SCHEME),
  "GB2260",
  "GBT2260",
  "CNGBT2260",
]);
const isDivisionGazetteer = (scheme: unknown) =>
  typeof scheme === "string" && DIVISION_SCHEMES.has(normalisedScheme(scheme));

function districtOf(locations: unknown, lookups: ImportLookups, log: ProjectLog): string | null {
  const known = new Map(lookups.districts.map((d) => [d.code, d.name]));
  const all = objectsIn(locations);
  for (const location of all) {
    const gazetteer = isObject(location.gazetteer) ? location.gazetteer : null;
    const code =
      gazetteer &&
      isDivisionGazetteer(gazetteer.scheme) &&
      stringsIn(gazetteer.identifiers).find((c) => known.has(c));
    const locality = isObject(location.address) ? textOf(location.address.locality) : null;
    const byName = locality && lookups.districts.find((d) => d.name === locality)?.code;
    const found = code || byName;
    if (found) {
      if (all.length > 1)
        log.note(
          "只导入了第一个可识别的区县位置",
          "only the first recognisable district location was imported",
        );
      return found;
    }
  }
  const fallback = lookups.fallback?.districtCode;
  if (fallback) {
    log.note(
      `位置不是已知区县，按默认区县 ${fallback} 导入`,
      `no known district among the locations; imported under district ${fallback}`,
    );
    return fallback;
  }
  log.problem(
    "locations",
    locations,
    "位置中没有已知的区县（GB/T 2260 代码或名称）",
    "no known district (GB/T 2260 code or name) among the locations",
  );
  return null;
}

function levelOf(level: ProjectLevel | null, lookups: ImportLookups, log: ProjectLog): ProjectLevel | null {
  if (level) return level;
  const fallback = lookups.fallback?.level;
  if (fallback) {
    log.note(
      `没有项目层级分类，按 ${fallback} 导入`,
      `no project level classification; imported as ${fallback}`,
    );
    return fallback;
  }
  log.problem(
    "additionalClassifications",
    LEVEL_SCHEME,
    "缺少项目层级分类",
    "the project level classification is missing",
  );
  return null;
}

/**
 * Our stage classification when present (checked against `status`), else the stage `status` maps to.
 */
function stageOf(
  status: unknown,
  classified: Stage | null,
  actualStart: string | null,
  log: ProjectLog,
): Stage | null {
  const known: Oc4idsProjectStatus | null = oneOf(OC4IDS_PROJECT_STATUSES, status);
  if (status !== undefined && !known) {
    log.problem(
      "status",
      status,
      "状态不在 projectStatus 代码表中",
      "the status is not in the projectStatus codelist",
    );
    return null;
  }
  if (classified) {
    if (known && statusOfStage(classified, actualStart) !== known)
      log.problem(
        "status",
        status,
        `状态与阶段分类“${classified}”不一致`,
        `the status contradicts the stage classification "${classified}"`,
      );
    return classified;
  }
  if (!known) {
    log.problem("status", status, "缺少项目状态", "the status is missing");
    return null;
  }
  const stage = stageOfStatus(known, actualStart);
  if (known === "maintenance" || known === "decommissioning" || known === "decommissioned")
    log.note(
      `状态 ${known} 没有对应阶段，按竣工投用导入`,
      `status ${known} has no stage of its own; imported as completed`,
    );
  return stage;
}

type Dates = Pick<ProjectRecord, "plannedStart" | "plannedEnd" | "actualStart" | "actualEnd">;

/** Planned dates from `period`; actual dates from our milestones' dates met and `completion.endDate`. */
function datesOf(project: JsonObject, log: ProjectLog): Dates {
  const read = (value: unknown, column: string): string | null => {
    if (value === undefined || value === null) return null;
    const date = shanghaiDateOf(value);
    if (!date)
      log.problem(column, value, "不是有效的日期时间（RFC 3339）", "not a valid date-time (RFC 3339)");
    return date;
  };
  const period = isObject(project.period) ? project.period : {};
  const milestones = objectsIn(project.milestones);
  const metOf = (id: string) => {
    const index = milestones.findIndex((m) => m.id === id);
    return index < 0 ? null : read(milestones[index]?.dateMet, `milestones.${index}.dateMet`);
  };
  const completion = isObject(project.completion) ? project.completion : {};
  return {
    plannedStart: read(period.startDate, "period.startDate"),
    plannedEnd: read(period.endDate, "period.endDate"),
    actualStart: metOf(START_MILESTONE),
    actualEnd: read(completion.endDate, "completion.endDate") ?? metOf(END_MILESTONE),
  };
}

/** Names what the record has no place for: fields, identifiers, classifications, milestones. */
function noteDropped(project: JsonObject, lookups: ImportLookups, log: ProjectLog): void {
  const fields = Object.keys(project).filter((key) => !READ_FIELDS.has(key));
  const budget = isObject(project.budget) ? project.budget : {};
  fields.push(
    ...["description", "requestDate", "approvalDate", "finance"]
      .filter((k) => k in budget)
      .map((k) => `budget.${k}`),
  );
  const completion = isObject(project.completion) ? project.completion : {};
  fields.push(
    ...Object.keys(completion)
      .filter((k) => k !== "endDate" && k !== "finalValue")
      .map((k) => `completion.${k}`),
  );
  if (fields.length > 0)
    log.note(`未导入的字段：${fields.join("、")}`, `fields not imported: ${fields.join(", ")}`);

  const identifiers = objectsIn(project.identifiers).filter((i) => i.scheme !== PROJECT_CODE_SCHEME);
  if (identifiers.length > 0) {
    const list = identifiers.map((i) => `${textOf(i.scheme) ?? "?"}:${textOf(i.id) ?? "?"}`).join(", ");
    log.note(`未导入的项目标识：${list}`, `identifiers not imported: ${list}`);
  }
  const ours = new Set([lookups.planCode, planCategoryScheme(lookups.planCode), STAGE_SCHEME, LEVEL_SCHEME]);
  const classifications = objectsIn(project.additionalClassifications).filter(
    (c) => !ours.has(String(c.scheme)),
  );
  if (classifications.length > 0) {
    const list = classifications.map((c) => `${textOf(c.scheme) ?? "?"}:${textOf(c.id) ?? "?"}`).join(", ");
    log.note(`未导入的分类：${list}`, `classifications not imported: ${list}`);
  }
  const milestones = objectsIn(project.milestones).filter(
    (m) => m.id !== START_MILESTONE && m.id !== END_MILESTONE,
  );
  if (milestones.length > 0) {
    const list = milestones.map((m) => textOf(m.title) ?? textOf(m.id) ?? "?").join("、");
    log.note(`未导入的里程碑：${list}`, `milestones not imported: ${list}`);
  }
}
