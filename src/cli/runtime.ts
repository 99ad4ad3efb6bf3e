import { systemActor, type ServiceContext } from "../services/context.js";
import { openDatabase, type Database } from "../store/db.js";
import { readConfig, type Config } from "./config.js";

export const USAGE = `newinfra — 新型基础设施重大项目管理平台

用法 / usage:
  newinfra serve [--port N] [--demo]              启动服务（--demo：项目库为空时载入演示数据）
  newinfra seed --demo [--seed N] [--replace]     载入重庆演示项目库与演示账户
  newinfra plan check [--plan CODE] [--json]      项目库与方案对账；一致时退出码 0，否则 1
  newinfra user add --username U --name 姓名 --org 单位全称 --role ROLE [--password P] [--phone TEL]
  newinfra user reset|lock|unlock USERNAME        重置密码 / 停用 / 启用账户
  newinfra import FILE.xlsx|FILE.csv|FILE.json     导入登记表或 OC4IDS 项目包（全部成功或全部不写入）
  newinfra export --format xlsx|csv|oc4ids [--out FILE] [--district C --special C --stage S …]
  newinfra audit verify                           校验审计日志哈希链；被篡改时退出码 1 并指出首个序号
  newinfra problems escalate [--json]             逾期未解决的协调问题自动提级一层（每日定时运行）
  newinfra bulletin --month YYYY-MM [--out DIR] [--as USER]  生成月度调度通报（Excel 与 PDF），--as 按该账户的数据范围
  newinfra bench [--sizes 1k,10k,100k] [--engine pglite|postgres|both] [--quick]  性能基准（写入 bench/results/）

环境变量 / environment: DATABASE_URL (postgres://…)，NEWINFRA_DATA（默认 ./data），PORT（默认 3000），
  NODE_ENV=production（强制首次登录修改密码），NEWINFRA_AUDIT_HASH=sha256|sm3，
  NEWINFRA_SM4_KEY=<32位十六进制>（以 SM4 加密联系电话等敏感字段），NEWINFRA_TRUST_PROXY=1`;

/** Opens the configured database for one command, acting as the system, and closes it after. */
export async function withDatabase<T>(
  run: (ctx: ServiceContext, database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = readConfig();
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.dataDir });
  try {
    return await run(
      { db: database.db, now: () => new Date(), actor: systemActor("cli"), security: config.security },
      database,
      config,
    );
  } finally {
    await database.close();
  }
}
