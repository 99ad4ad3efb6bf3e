import { AppError } from "../domain/errors.js";
import { audit } from "./commands/audit.js";
import { bench } from "./commands/bench.js";
import { bulletin } from "./commands/bulletin.js";
import { plan } from "./commands/plan.js";
import { problems } from "./commands/problems.js";
import { seed } from "./commands/seed.js";
import { serve } from "./commands/serve.js";
import { exportCommand, importCommand } from "./commands/transfer.js";
import { user } from "./commands/user.js";
import { USAGE } from "./runtime.js";

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  serve,
  seed,
  plan,
  user,
  audit,
  problems,
  bulletin,
  bench,
  import: importCommand,
  export: exportCommand,
};

/** Runs one command and returns its exit code (-1: keep running, a server is up). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`未知命令 / unknown command: ${command}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(args);
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
