import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { businessDate } from "../../domain/dates.js";
import { bulletinMonth } from "../../domain/dispatch/bulletin.js";
import { actingAs } from "../../services/bulletin/acting-as.js";
import { bulletinFiles } from "../../services/bulletin/bulletin.js";
import { USAGE, withDatabase } from "../runtime.js";

/** newinfra bulletin --month YYYY-MM [--out DIR] [--as USERNAME]: the month's bulletin as .xlsx and .pdf. */
export async function bulletin(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { month: { type: "string" }, out: { type: "string", default: "." }, as: { type: "string" } },
  });
  if (values.month === undefined) {
    console.error(`请用 --month YYYY-MM 指定调度月份 / give the month with --month YYYY-MM\n\n${USAGE}`);
    return 2;
  }
  const month = bulletinMonth(values.month, businessDate(new Date()));
  return withDatabase(async (system) => {
    const ctx = values.as ? { ...system, actor: await actingAs(system, values.as) } : system;
    const files = await bulletinFiles(ctx, month, ["xlsx", "pdf"]);
    const dir = resolve(values.out);
    mkdirSync(dir, { recursive: true });
    for (const file of files) {
      const path = join(dir, file.fileName);
      writeFileSync(path, file.body);
      console.log(path);
    }
    return 0;
  });
}
