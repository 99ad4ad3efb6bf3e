import { AppError } from "../domain/errors.js";
import { generateDemoPortfolio } from "../domain/demo/generate.js";
import { writePortfolio } from "../store/portfolio-writer.js";
import { projectCount } from "../store/projects.js";
import { readReferenceFiles, upsertReference } from "../store/reference.js";
import type { ServiceContext } from "./context.js";
import { recordAlone } from "./audit-trail.js";
import { createDemoAccounts, type DemoAccount } from "./demo-accounts.js";
import { resetDispatch } from "./dispatch-upkeep.js";

/** Loads (or refreshes) the plan, its taxonomy and targets, the districts and the 2020–2022 holiday calendar. */
export async function loadReference(ctx: ServiceContext): Promise<void> {
  const { plan, districts } = readReferenceFiles();
  await upsertReference(ctx.db, plan, districts);
}

export interface DemoOptions {
  seed: number;
  /** Replace an existing library; without it a non-empty library is left alone and refused. */
  replace: boolean;
}

/** Fills the library with the deterministic Chongqing demo portfolio. */
export async function seedDemo(
  ctx: ServiceContext,
  options: DemoOptions,
): Promise<{ projects: number; reports: number; accounts: DemoAccount[] }> {
  const { plan, districts } = readReferenceFiles();
  await upsertReference(ctx.db, plan, districts);
  const existing = await projectCount(ctx.db);
  if (existing > 0 && !options.replace) {
    throw new AppError(
      409,
      "library_not_empty",
      `项目库已有${existing}个项目；如需替换为演示数据，请加 --replace`,
      `The library already holds ${existing} projects; add --replace to replace them with the demo portfolio`,
    );
  }
  const portfolio = generateDemoPortfolio({ seed: options.seed, plan, districts });
  await writePortfolio(ctx.db, plan.plan.code, portfolio, existing > 0);
  await ctx.db.transaction((tx) => resetDispatch(tx));
  await recordAlone(ctx, {
    action: "library.demo_loaded",
    entityType: "plan",
    entityId: plan.plan.code,
    details: { seed: options.seed, replaced: existing, projects: portfolio.projects.length },
  });
  const accounts = await createDemoAccounts(ctx);
  return { projects: portfolio.projects.length, reports: portfolio.reports.length, accounts };
}
