import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STAGES } from "../lifecycle.js";
import { planFileSchema, specialsOf } from "../plan.js";
import {
  SECTORS_BY_SPECIAL,
  projectTypeOf,
  sectorsOf,
  stageOfStatus,
  statusOfStage,
} from "./classification.js";
import { OC4IDS_PROJECT_STATUSES } from "./types.js";

const reference = (file: string) =>
  readFileSync(new URL(`../../../reference/${file}`, import.meta.url), "utf8");
const codelist = (name: string) =>
  new Set(
    reference(`oc4ids/codelists/${name}.csv`)
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(",")[0]),
  );
const plan = planFileSchema.parse(JSON.parse(reference("plan-2020-2022.json")));

describe("status", () => {
  it("maps every stage to a code of the closed projectStatus codelist", () => {
    const statuses = codelist("projectStatus");
    for (const stage of STAGES) {
      expect(statuses.has(statusOfStage(stage, null))).toBe(true);
      expect(statuses.has(statusOfStage(stage, "2021-01-01"))).toBe(true);
    }
  });

  it("maps the lifecycle as the codelist describes its stages", () => {
    expect(statusOfStage("planning", null)).toBe("identification");
    expect(statusOfStage("reserve", null)).toBe("preparation");
    expect(statusOfStage("new_start", null)).toBe("implementation");
    expect(statusOfStage("under_construction", "2021-01-01")).toBe("implementation");
    expect(statusOfStage("completed", "2021-01-01")).toBe("completion");
    expect(statusOfStage("cancelled", null)).toBe("cancelled");
  });

  it("places a suspended project in implementation once works began, else in preparation", () => {
    expect(statusOfStage("suspended", "2021-01-01")).toBe("implementation");
    expect(statusOfStage("suspended", null)).toBe("preparation");
  });

  it("maps statuses back, splitting implementation on the actual start", () => {
    expect(stageOfStatus("implementation", null)).toBe("new_start");
    expect(stageOfStatus("implementation", "2021-01-01")).toBe("under_construction");
    for (const status of ["completion", "maintenance", "decommissioning", "decommissioned"] as const)
      expect(stageOfStatus(status, "2021-01-01")).toBe("completed");
  });

  it("gives back every stage but suspended from its status", () => {
    for (const stage of STAGES.filter((s) => s !== "suspended")) {
      const actualStart = stage === "under_construction" || stage === "completed" ? "2021-01-01" : null;
      expect(stageOfStatus(statusOfStage(stage, actualStart), actualStart)).toBe(stage);
    }
  });

  it("knows every code of the codelist", () => {
    expect([...codelist("projectStatus")].sort()).toEqual([...OC4IDS_PROJECT_STATUSES].sort());
  });
});

describe("type and sector", () => {
  it("marks the retrofit special as rehabilitation and the rest as construction", () => {
    const types = codelist("projectType");
    for (const special of specialsOf(plan)) expect(types.has(projectTypeOf(special.code))).toBe(true);
    expect(projectTypeOf("APP-3")).toBe("rehabilitation");
    expect(projectTypeOf("NET-1")).toBe("construction");
  });

  it("gives every special of the plan sectors from the projectSector codelist only", () => {
    const sectors = codelist("projectSector");
    for (const special of specialsOf(plan)) {
      expect(SECTORS_BY_SPECIAL[special.code], special.code).toBeDefined();
      const codes = sectorsOf(special.code, special.sectorCode);
      expect(codes.length).toBeGreaterThan(0);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(sectors.has(code), `${special.code} → ${code}`).toBe(true);
    }
  });

  it("falls back on the plan sector's codes for a special it does not list", () => {
    expect(sectorsOf("SCI-9", "SCI")).toEqual(["economy"]);
    expect(sectorsOf("X-1", "X")).toEqual(["communications"]);
  });
});
