import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildServer } from "../api/server.js";
import { AppError } from "../domain/errors.js";
import type { ServiceContext } from "../services/context.js";
import { getPlanSummary } from "../services/plan-summary.js";
import { loadReference, seedDemo } from "../services/seed.js";
import { openDatabase, type Database } from "../store/db.js";
import { defaultPlanCode } from "../store/reference.js";
import { projectCount } from "../store/projects.js";
import { packageRoot } from "../store/paths.js";
import { readConfig } from "./config.js";
import { renderPlanCheck } from "./plan-check.js";

const USAGE = `newinfra — 新型基础设施重大项目管理平台

用法 / usage:
  newinfra serve [--port N] [--demo]        启动服务（--demo：项目库为空时载入演示数据）
  newinfra seed --demo [--seed N] [--replace]  载入重庆演示项目库
  newinfra plan check [--plan CODE] [--json]   项目库与方案对账；一致时退出码 0，否则 1

环境变量 / environment: DATABASE_URL (postgres://…)，NEWINFRA_DATA（默认 ./data），PORT（默认 3000）`;

async function withDatabase<T>(run: (database: Database, ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  try {
    return await run(database, { db: database.db, now: () => new Date() });
  } finally {
    await database.close();
  }
}

async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, demo: { type: "boolean", default: false } },
  });
  const config = readConfig();
  const port = values.port ? Number(values.port) : config.PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new AppError(2, "usage", `端口无效：${values.port}`, `invalid port: ${values.port}`);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  const ctx: ServiceContext = { db: database.db, now: () => new Date() };
  await loadReference(ctx);
  if (values.demo && (await projectCount(ctx.db)) === 0) {
    const seeded = await seedDemo(ctx, { seed: 1, replace: false });
    console.log(
      `已载入演示项目库：${seeded.projects}个项目，${seeded.reports}份月报 / demo portfolio loaded`,
    );
  }
  const app = await buildServer({
    ctx,
    engine: database.engine,
    webRoot: join(packageRoot(), "dist", "web"),
    logger: true,
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  await app.listen({ port, host: config.HOST });
  console.log(`newinfra 已启动 / listening: http://localhost:${port}  (${database.engine})`);
  return -1;
}

async function seed(args: string[]): Promise<number> {
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
  return withDatabase(async (_db, ctx) => {
    const started = Date.now();
    const result = await seedDemo(ctx, { seed: seedValue, replace: values.replace });
    console.log(
      `已载入演示项目库：${result.projects}个项目，${result.reports}份月报（${Date.now() - started} ms） / demo portfolio loaded`,
    );
    return 0;
  });
}

async function plan(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "check") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: { json: { type: "boolean", default: false }, plan: { type: "string" } },
  });
  return withDatabase(async (_database, ctx) => {
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

/** Runs one command and returns its exit code (-1: keep running, a server is up). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "serve":
        return await serve(args);
      case "seed":
        return await seed(args);
      case "plan":
        return await plan(args);
      case undefined:
      case "help":
      case "--help":
        console.log(USAGE);
        return command ? 0 : 2;
      default:
        console.error(`未知命令 / unknown command: ${command}\n\n${USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`${err.messageZh}\n${err.messageEn}`);
      return err.status >= 400 ? 1 : err.status;
    }
    if (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) {
      console.error(`${err.message}\n\n${USAGE}`);
      return 2;
    }
    throw err;
  }
}
