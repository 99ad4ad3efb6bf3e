import { parseArgs } from "node:util";
import { seedDemo } from "../../services/seed.js";
import { DEMO_PASSWORD } from "../../services/demo-accounts.js";
import { USAGE, withDatabase } from "../runtime.js";

export async function seed(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      demo: { type: "boolean", default: false },
      seed: { type: "string", default: "1" },
      replace: { type: "boolean", default: false },
    },
  });
  if (!values.demo) {
    console.error("请指定 --demo / only --demo is available\n\n" + USAGE);
    return 2;
  }
  const seedValue = Number(values.seed);
  if (!Number.isSafeInteger(seedValue)) {
    console.error(`--seed 应为整数 / --seed must be an integer: ${values.seed}`);
    return 2;
  }
  return withDatabase(async (ctx) => {
    const started = Date.now();
    const result = await seedDemo(ctx, { seed: seedValue, replace: values.replace });
    console.log(
      `已载入演示项目库：${result.projects}个项目，${result.reports}份月报（${Date.now() - started} ms） / demo portfolio loaded`,
    );
    if (result.accounts.length) {
      console.log(
        `演示账户（密码均为 ${DEMO_PASSWORD}，请尽快修改）/ demo accounts (password ${DEMO_PASSWORD}, change it):`,
      );
      for (const a of result.accounts)
        console.log(`  ${a.username.padEnd(8)} ${a.role.padEnd(10)} ${a.organisation}`);
    }
    return 0;
  });
}
