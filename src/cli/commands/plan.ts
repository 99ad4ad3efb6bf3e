import { parseArgs } from "node:util";
import { AppError } from "../../domain/errors.js";
import { getPlanSummary } from "../../services/plan-summary.js";
import { loadReference } from "../../services/seed.js";
import { projectCount } from "../../store/projects.js";
import { defaultPlanCode } from "../../store/reference.js";
import { renderPlanCheck } from "../plan-check.js";
import { USAGE, withDatabase } from "../runtime.js";

export async function plan(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "check") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { json: { type: "boolean", default: false }, plan: { type: "string" } },
  });
  return withDatabase(async (ctx) => {
    await loadReference(ctx);
    const code = values.plan ?? (await defaultPlanCode(ctx.db));
    if (!code) throw new AppError(1, "no_plan", "数据库中没有计划", "no plan in the database");
    if ((await projectCount(ctx.db)) === 0) {
      console.error(
        "项目库为空：请先导入项目或运行 newinfra seed --demo\nThe library is empty: import projects or run `newinfra seed --demo` first.",
      );
      return 1;
    }
    const summary = await getPlanSummary(ctx, code);
    console.log(values.json ? JSON.stringify(summary, null, 2) : renderPlanCheck(summary));
    return summary.matches ? 0 : 1;
  });
}
