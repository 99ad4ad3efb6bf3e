import type {
  ProjectDetail,
  ProjectInput,
  ProjectUpdate,
  TransitionInput,
} from "../domain/contracts/project.js";
import { businessDate } from "../domain/dates.js";
import { AppError, invalidFields, notFound, type FieldProblem } from "../domain/errors.js";
import { suspendedFromAfter, transitionProblems } from "../domain/lifecycle-rules.js";
import type { Stage } from "../domain/lifecycle.js";
import { projectFieldProblems } from "../domain/project-validation.js";
import type { Db } from "../store/db.js";
import {
  annualPlansOf,
  deleteProjectRow,
  findOrganisationByUscc,
  fundingOf,
  insertOrganisation,
  insertProject,
  insertTransition,
  listTransitions,
  lockProject,
  projectIdByCode,
  projectLookups,
  replaceAnnualPlans,
  replaceFunding,
  updateProjectRow,
  type ProjectRow,
} from "../store/project-writes.js";
import { projectInScope } from "../store/projects.js";
import { defaultPlanCode } from "../store/reference.js";
import { principalOf, projectScope, requirePermission, requireWriter } from "./access.js";
import { fieldsChangedSince, record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { getProject } from "./projects.js";
import { refreshDispatch } from "./dispatch-upkeep.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
const toFen = (s: string) => BigInt(s);

async function mayEdit(ctx: ServiceContext): Promise<void> {
  await requirePermission(ctx, "projects.edit", "project");
  await requireWriter(ctx, "project");
}

function lines(input: Pick<ProjectUpdate, "funding" | "annualPlans">) {
  return {
    funding: input.funding?.map((l) => ({
      source: l.source,
      plannedFen: toFen(l.plannedFen),
      securedFen: toFen(l.securedFen),
    })),
    annualPlans: input.annualPlans?.map((l) => ({ year: l.year, plannedFen: toFen(l.plannedFen) })),
  };
}

export async function snapshot(tx: Tx, row: ProjectRow) {
  return { ...row, funding: await fundingOf(tx, row.id), annualPlans: await annualPlansOf(tx, row.id) };
}

/** The owner organisation of a new project: the caller's own for an owner; by USCC (created if new) for the city. */
async function ownerFor(
  ctx: ServiceContext,
  tx: Tx,
  input: Pick<ProjectInput, "ownerUscc" | "ownerName">,
): Promise<number> {
  const principal = principalOf(ctx);
  if (principal && !principal.roles.includes("city_admin")) {
    if (input.ownerUscc !== undefined) {
      throw invalidFields([
        {
          field: "ownerUscc",
          message: "项目业主只能为本单位登记项目",
          messageEn: "an owner registers projects for its own organisation only",
        },
      ]);
    }
    return principal.organisationId;
  }
  if (!input.ownerUscc)
    throw invalidFields([
      {
        field: "ownerUscc",
        message: "须填写业主统一社会信用代码",
        messageEn: "the owner's USCC is required",
      },
    ]);
  const existing = await findOrganisationByUscc(tx, input.ownerUscc);
  if (existing) return existing.id;
  if (!input.ownerName) {
    throw invalidFields([
      {
        field: "ownerName",
        message: "该统一社会信用代码尚无对应单位，请填写业主名称",
        messageEn: "no organisation has this USCC yet: give the owner's name",
      },
    ]);
  }
  const created = await insertOrganisation(tx, {
    name: input.ownerName,
    uscc: input.ownerUscc,
    kind: "enterprise",
    districtCode: input.ownerUscc.slice(2, 8),
  });
  await record(ctx, tx, {
    action: "organisation.created",
    entityType: "organisation",
    entityId: created.id,
    after: created,
  });
  return created.id;
}

async function checkFields(
  ctx: ServiceContext,
  tx: Tx,
  planCode: string,
  fields: Parameters<typeof projectFieldProblems>[0],
  selfId: number | null,
) {
  const lookups = await projectLookups(tx, planCode);
  const problems: FieldProblem[] = projectFieldProblems(fields, {
    specialCodes: new Set(lookups.specials.keys()),
    districtCodes: lookups.districtCodes,
    fundingSources: lookups.fundingSources,
  });
  if (fields.code) {
    const holder = await projectIdByCode(tx, fields.code);
    if (holder !== null && holder !== selfId) {
      problems.push({
        field: "code",
        message: `投资项目代码已被项目 ${holder} 使用`,
        messageEn: `the project code is already used by project ${holder}`,
      });
    }
  }
  if (problems.length) throw invalidFields(problems);
  return lookups;
}

/** Registers a project in 策划包装 (planning). */
export async function createProject(ctx: ServiceContext, input: ProjectInput): Promise<ProjectDetail> {
  await mayEdit(ctx);
  const planCode = await defaultPlanCode(ctx.db);
  if (!planCode) throw new AppError(409, "no_plan", "尚未载入计划", "No plan is loaded");
  const { funding, annualPlans } = lines(input);
  const id = await ctx.db.transaction(async (tx) => {
    const lookups = await checkFields(
      ctx,
      tx,
      planCode,
      { ...input, totalInvestmentFen: toFen(input.totalInvestmentFen), funding, annualPlans },
      null,
    );
    const special = lookups.specials.get(input.specialCode);
    const ownerId = await ownerFor(ctx, tx, input);
    const row = await insertProject(tx, {
      planCode,
      code: input.code || null,
      name: input.name,
      sectorCode: special?.sectorCode ?? "",
      specialCode: input.specialCode,
      districtCode: input.districtCode,
      ownerId,
      leadDepartmentId: special?.leadDepartmentId ?? null,
      level: input.level,
      planCategory: null,
      stage: "planning",
      description: input.description,
      totalInvestmentFen: toFen(input.totalInvestmentFen),
      plannedStart: input.plannedStart,
      plannedEnd: input.plannedEnd,
    });
    await replaceFunding(tx, row.id, funding ?? []);
    await replaceAnnualPlans(tx, row.id, annualPlans ?? []);
    await record(ctx, tx, {
      action: "project.created",
      entityType: "project",
      entityId: row.id,
      after: await snapshot(tx, row),
    });
    await refreshDispatch(tx, [row.id]);
    return row.id;
  });
  return getProject(ctx, id);
}

export async function versionConflict(
  ctx: ServiceContext,
  id: number,
  version: number,
  current: ProjectRow,
): Promise<AppError> {
  return new AppError(
    409,
    "version_conflict",
    `项目已被他人修改（您编辑的是第 ${version} 版，当前为第 ${current.version} 版），请核对后重试`,
    `The project was changed by someone else (you edited version ${version}, it is now ${current.version}); review and retry`,
    "version",
    undefined,
    {
      current: await getProject(ctx, id),
      changedFields: await fieldsChangedSince(ctx, "project", id, version, ["version", "updatedAt"]),
    },
  );
}

/**
 * Locks the project in the caller's scope inside `tx` and checks the version the caller edited.
 * Out of scope is a 404, as for reads.
 */
export async function lockForEdit(
  ctx: ServiceContext,
  tx: Tx,
  id: number,
  version: number | undefined,
  required: boolean,
) {
  const scope = await projectScope(ctx);
  if (!(await projectInScope(tx, id, scope))) throw notFound("项目", "Project", id);
  const row = await lockProject(tx, id);
  if (!row) throw notFound("项目", "Project", id);
  if (version === undefined && required) {
    throw invalidFields([
      {
        field: "version",
        message: "须提供所编辑的版本号（version 字段或 If-Match 请求头）",
        messageEn: "give the version you edited (version field or If-Match header)",
      },
    ]);
  }
  return { row, stale: version !== undefined && row.version !== version };
}

/** Applies an edit made on `version`; a stale version is a 409 with the current state and what changed. */
export async function updateProject(
  ctx: ServiceContext,
  id: number,
  input: ProjectUpdate,
): Promise<ProjectDetail> {
  await mayEdit(ctx);
  const { version, funding: _f, annualPlans: _a, ownerUscc, ownerName, ...fields } = input;
  const { funding, annualPlans } = lines(input);
  const stale = await ctx.db.transaction(async (tx) => {
    const { row, stale } = await lockForEdit(ctx, tx, id, version, true);
    if (stale) return row;
    const total =
      fields.totalInvestmentFen !== undefined ? toFen(fields.totalInvestmentFen) : row.totalInvestmentFen;
    const lookups = await checkFields(
      ctx,
      tx,
      row.planCode,
      {
        ...fields,
        totalInvestmentFen: total,
        ownerUscc,
        funding,
        annualPlans,
        plannedStart: fields.plannedStart ?? row.plannedStart,
        plannedEnd: fields.plannedEnd ?? row.plannedEnd,
      },
      id,
    );
    const before = await snapshot(tx, row);
    const changes: Partial<ProjectRow> = { ...fields, totalInvestmentFen: total };
    if (fields.code === "") changes.code = null;
    if (fields.specialCode && fields.specialCode !== row.specialCode) {
      const special = lookups.specials.get(fields.specialCode);
      changes.sectorCode = special?.sectorCode ?? row.sectorCode;
      changes.leadDepartmentId = special?.leadDepartmentId ?? row.leadDepartmentId;
    }
    if (ownerUscc !== undefined) {
      if (!principalOf(ctx)?.roles.includes("city_admin") && principalOf(ctx) !== null) {
        throw invalidFields([
          {
            field: "ownerUscc",
            message: "只有市级管理员可以变更项目业主",
            messageEn: "only the city administrator can change the owner",
          },
        ]);
      }
      changes.ownerId = await ownerFor(ctx, tx, { ownerUscc, ownerName });
    }
    const updated = await updateProjectRow(tx, id, row.version, changes);
    if (!updated) return row;
    if (funding) await replaceFunding(tx, id, funding);
    if (annualPlans) await replaceAnnualPlans(tx, id, annualPlans);
    await refreshDispatch(tx, [id]);
    await record(ctx, tx, {
      action: "project.updated",
      entityType: "project",
      entityId: id,
      before,
      after: await snapshot(tx, updated),
    });
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, version ?? 0, stale);
  return getProject(ctx, id);
}

/** Deletes a project still in planning. */
export async function deleteProject(
  ctx: ServiceContext,
  id: number,
  version: number | undefined,
): Promise<void> {
  await mayEdit(ctx);
  const stale = await ctx.db.transaction(async (tx) => {
    const { row, stale } = await lockForEdit(ctx, tx, id, version, true);
    if (stale) return row;
    if (row.stage !== "planning") {
      throw new AppError(
        409,
        "not_deletable",
        "仅策划包装阶段的项目可以删除；其他阶段请使用“取消”",
        "Only projects in planning can be deleted; cancel the others",
        "stage",
      );
    }
    const before = await snapshot(tx, row);
    await deleteProjectRow(tx, id, row.version);
    await refreshDispatch(tx, [id]);
    await record(ctx, tx, { action: "project.deleted", entityType: "project", entityId: id, before });
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, version ?? 0, stale);
}

/** Moves a project through its lifecycle when the move's preconditions hold; otherwise a 409 naming each. */
export async function transitionProject(
  ctx: ServiceContext,
  id: number,
  input: TransitionInput,
): Promise<ProjectDetail> {
  await mayEdit(ctx);
  const today = businessDate(ctx.now());
  const stale = await ctx.db.transaction(async (tx) => {
    const { row, stale } = await lockForEdit(ctx, tx, id, input.version, false);
    if (stale) return row;
    const finalInvestmentFen =
      input.finalInvestmentFen === undefined ? undefined : toFen(input.finalInvestmentFen);
    const problems = transitionProblems(
      { ...row, stage: row.stage as Stage, suspendedFrom: row.suspendedFrom as Stage | null },
      { ...input, finalInvestmentFen },
      today,
    );
    if (problems.length) {
      throw new AppError(
        409,
        "precondition_failed",
        `不能转为该阶段：${problems.map((p) => p.zh).join("；")}`,
        `The move is not possible: ${problems.map((p) => p.en).join("; ")}`,
        problems[0]?.field,
        problems.map((p) => ({ field: p.field, message: p.zh, messageEn: p.en })),
      );
    }
    const before = await snapshot(tx, row);
    const changes: Partial<ProjectRow> = {
      stage: input.to,
      suspendedFrom: suspendedFromAfter(
        { ...row, stage: row.stage as Stage, suspendedFrom: row.suspendedFrom as Stage | null },
        input.to,
      ),
    };
    if (input.actualStart) changes.actualStart = input.actualStart;
    if (input.actualEnd) changes.actualEnd = input.actualEnd;
    if (finalInvestmentFen !== undefined) changes.finalInvestmentFen = finalInvestmentFen;
    if (input.to === "reserve" && !row.reserveSince) changes.reserveSince = today;
    const updated = await updateProjectRow(tx, id, row.version, changes);
    if (!updated) return row;
    const principal = principalOf(ctx);
    await insertTransition(tx, {
      projectId: id,
      fromStage: row.stage,
      toStage: input.to,
      reason: input.reason,
      details: {
        actualStart: input.actualStart ?? null,
        actualEnd: input.actualEnd ?? null,
        finalInvestmentFen: input.finalInvestmentFen ?? null,
      },
      actorUserId: principal?.userId ?? null,
      actorUsername:
        principal?.username ?? (ctx.actor.kind === "system" ? `system:${ctx.actor.name}` : "(anonymous)"),
      at: ctx.now(),
    });
    await record(ctx, tx, {
      action: "project.transitioned",
      entityType: "project",
      entityId: id,
      before,
      after: await snapshot(tx, updated),
      details: { from: row.stage, to: input.to, reason: input.reason },
    });
    await refreshDispatch(tx, [id]);
    return null;
  });
  if (stale) throw await versionConflict(ctx, id, input.version ?? 0, stale);
  return getProject(ctx, id);
}

/** The project's lifecycle history, newest first. */
export async function projectTransitions(ctx: ServiceContext, id: number) {
  const scope = await projectScope(ctx);
  if (!(await projectInScope(ctx.db, id, scope))) throw notFound("项目", "Project", id);
  const rows = await listTransitions(ctx.db, id);
  return rows.map((r) => ({
    id: r.id,
    from: r.fromStage as Stage,
    to: r.toStage as Stage,
    reason: r.reason,
    details: r.details,
    actorUsername: r.actorUsername,
    at: r.at.toISOString(),
  }));
}
