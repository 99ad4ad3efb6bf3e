import { parseArgs } from "node:util";
import { PROBLEM_TIER_LABELS } from "../../domain/dispatch/problems.js";
import { escalateOverdue } from "../../services/problems.js";
import { systemActor } from "../../services/context.js";
import { textTable } from "../text-table.js";
import { USAGE, withDatabase } from "../runtime.js";

/**
 * newinfra problems escalate: moves every overdue coordination problem one tier up with a new due
 * date, audited as the system. Run it daily (cron or a systemd timer); a second run the same day
 * finds nothing more to do.
 */
export async function problems(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "escalate") {
    console.error(USAGE);
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { json: { type: "boolean", default: false } } });
  return withDatabase(async (ctx) => {
    const result = await escalateOverdue({ ...ctx, actor: systemActor("problems-escalation") });
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
      return 0;
    }
    console.log(
      `${result.asOf} 逾期问题自动提级 ${result.escalated.length} 个 / ${result.escalated.length} overdue problems escalated`,
    );
    if (result.escalated.length) {
      const rows = result.escalated.map((e) => [
        String(e.id),
        e.title,
        `${PROBLEM_TIER_LABELS[e.fromTier].zh} → ${PROBLEM_TIER_LABELS[e.toTier].zh}`,
        String(e.daysOverdue),
        e.dueDate,
      ]);
      console.log(textTable(["编号", "问题", "层级", "逾期天数", "新办结期限"], rows, new Set([0, 3])));
    }
    return 0;
  });
}
