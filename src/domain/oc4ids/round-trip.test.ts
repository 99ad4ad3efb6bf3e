import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDivisionsCsv } from "../divisions.js";
import { fen } from "../money.js";
import { planFileSchema } from "../plan.js";
import { exportCatalogueOf, importLookupsOf } from "./catalogue.js";
import { toOc4idsPackage } from "./export.js";
import { ALL_FIXTURES, buildRecord } from "./fixtures.js";
import { fromOc4idsPackage } from "./import.js";

const reference = (file: string) =>
  readFileSync(new URL(`../../../reference/${file}`, import.meta.url), "utf8");
const plan = planFileSchema.parse(JSON.parse(reference("plan-2020-2022.json")));
const districts = parseDivisionsCsv(reference("chongqing-divisions.csv"));
const catalogue = exportCatalogueOf(plan, districts, { updated: "2022-06-30T18:00:00+08:00" });
const lookups = importLookupsOf(plan, districts);
const meta = {
  uri: "https://data.example.gov.cn/oc4ids/2022-06.json",
  publishedDate: "2022-06-30T18:00:00+08:00",
  publisher: { name: "重庆市发展和改革委员会" },
};

/** Export, write as JSON text, parse, import: what a partner's system would read back. */
const throughJson = (records: Parameters<typeof toOc4idsPackage>[0]) =>
  fromOc4idsPackage(JSON.parse(JSON.stringify(toOc4idsPackage(records, catalogue, meta))), lookups);

describe("records → OC4IDS → records", () => {
  it("gives back every field OC4IDS carries, for every stage, without problems or notes", () => {
    const { records, problems, notes } = throughJson(ALL_FIXTURES);
    expect(problems).toEqual([]);
    expect(notes).toEqual([]);
    // The completed investment of an unfinished project has no OC4IDS field (see MAPPING.md).
    const expected = ALL_FIXTURES.map((r) =>
      r.stage === "completed" ? r : { ...r, completedInvestmentFen: fen(0n) },
    );
    expect(records).toEqual(expected);
  });

  it("gives back a record not yet stored by its code, with no internal id", () => {
    const record = buildRecord({ id: null });
    const { records } = throughJson([record]);
    expect(records).toEqual([{ ...record, completedInvestmentFen: 0n }]);
  });

  it("gives back fen amounts exactly, down to the last fen", () => {
    const record = buildRecord({
      totalInvestmentFen: fen(9_999_999_999_999_99n),
      funding: [{ source: "中央预算内投资", plannedFen: fen(1n), securedFen: fen(99n) }],
      annualPlans: [{ year: 2021, plannedFen: fen(10n) }],
    });
    const [back] = throughJson([record]).records;
    expect(back?.totalInvestmentFen).toBe(9_999_999_999_999_99n);
    expect(back?.funding).toEqual(record.funding);
    expect(back?.annualPlans).toEqual(record.annualPlans);
  });
});
