import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildServer } from "../../api/server.js";
import { businessDate } from "../../domain/dates.js";
import { AppError } from "../../domain/errors.js";
import { systemActor, type ServiceContext } from "../../services/context.js";
import { ensureDispatchThrough } from "../../services/dispatch-upkeep.js";
import { loadReference, seedDemo } from "../../services/seed.js";
import { openDatabase } from "../../store/db.js";
import { packageRoot } from "../../store/paths.js";
import { projectCount } from "../../store/projects.js";
import { readConfig } from "../config.js";

/** Starts the API and console; keeps running until SIGINT/SIGTERM. */
export async function serve(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { port: { type: "string" }, demo: { type: "boolean", default: false } },
  });
  const config = readConfig();
  const port = values.port ? Number(values.port) : config.PORT;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new AppError(2, "usage", `端口无效：${values.port}`, `invalid port: ${values.port}`);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  const base = { db: database.db, now: () => new Date(), security: config.security };
  const ctx: ServiceContext = { ...base, actor: systemActor("serve") };
  await loadReference(ctx);
  if (values.demo && (await projectCount(ctx.db)) === 0) {
    const seeded = await seedDemo(ctx, { seed: 1, replace: false });
    console.log(
      `已载入演示项目库：${seeded.projects}个项目，${seeded.reports}份月报，${seeded.accounts.length}个演示账户 / demo portfolio loaded`,
    );
  }
  const app = await buildServer({
    base,
    engine: database.engine,
    webRoot: join(packageRoot(), "dist", "web"),
    logger: true,
    trustProxy: config.trustProxy,
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
  // Builds the dispatch figures up to this month in the background, so the first dashboard is quick.
  ensureDispatchThrough(database.db, businessDate(new Date()).slice(0, 7)).catch((error: unknown) =>
    app.log.error({ err: error }, "dispatch figures could not be built"),
  );
  return -1;
}
