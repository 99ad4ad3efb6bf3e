import { factsOf, monthRange } from "../../src/domain/dispatch/facts.js";
import { rulesOf } from "../../src/services/dispatch-upkeep.js";
import { factInputs, projectIdsAfter } from "../../src/store/dispatch-facts.js";
import { rebuildRollups, setThroughMonth } from "../../src/store/dispatch-rollups.js";
import { dispatchStartMonth, readDispatchSettings } from "../../src/store/dispatch-settings.js";
import { csvRow, type BenchDatabase } from "../lib/bench-db.js";

const FACT_COLUMNS = [
  "project_id",
  "month",
  "sector_code",
  "special_code",
  "district_code",
  "stage",
  "level",
  "department_ids",
  "planned_fen",
  "month_fen",
  "ytd_fen",
  "cumulative_fen",
  "total_fen",
  "start_planned_year",
  "start_due",
  "started",
  "report_due",
  "reported",
  "base_level",
];
const BATCH = 2000;

/**
 * Builds the dashboard's facts and rollups through `month` after the bulk load, as the first dashboard
 * request would: the same inputs, the same `factsOf` rules and the same rollup statement, with the
 * facts written by COPY instead of INSERT so that set-up at 100k projects takes minutes, not tens of
 * minutes. Set-up, not a measured case.
 */
export async function buildDispatch(database: BenchDatabase, month: string): Promise<void> {
  const db = database.db;
  const start = await dispatchStartMonth(db);
  if (!start) throw new Error("no plan loaded: dispatch has no start month");
  const months = monthRange(start, month);
  const rules = rulesOf(await readDispatchSettings(db));
  await database.exec("delete from dispatch_facts; delete from dispatch_rollups");
  for (let after = 0; ;) {
    const ids = await projectIdsAfter(db, after, BATCH);
    if (!ids.length) break;
    const lines = (await factInputs(db, ids)).flatMap((p) =>
      factsOf(p, months, rules).map((f) =>
        csvRow([
          f.projectId,
          f.month,
          f.sectorCode,
          f.specialCode,
          f.districtCode,
          f.stage,
          f.level,
          `{${f.departmentIds.join(",")}}`,
          f.plannedFen,
          f.monthFen,
          f.yearToDateFen,
          f.cumulativeFen,
          f.totalFen,
          f.startPlannedYear,
          f.startDue,
          f.started,
          f.reportDue,
          f.reported,
          f.baseLevel,
        ]),
      ),
    );
    await database.copy("dispatch_facts", FACT_COLUMNS, lines);
    after = ids[ids.length - 1]!;
  }
  await rebuildRollups(db, start, month);
  await setThroughMonth(db, month);
  await database.exec("analyze dispatch_facts; analyze dispatch_rollups");
}
