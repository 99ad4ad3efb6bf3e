import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FEN_PER_WAN, FEN_PER_YI } from "../money.js";
import { type DistrictRef, planFileSchema, specialsOf } from "../plan.js";
import { projectCodeProblem } from "../project-code.js";
import { isValidUscc } from "../uscc.js";
import { generateDemoPortfolio } from "./generate.js";
import { DEMO_AS_OF, type DemoPortfolio, type DemoProject, type DemoReport } from "./types.js";

const plan = planFileSchema.parse(
  JSON.parse(readFileSync(new URL("../../../reference/plan-2020-2022.json", import.meta.url), "utf8")),
);

/** Reads code,name,name_en,kind,region; "主城都市区-中心城区" is region and subregion. */
function parseDistricts(csv: string): DistrictRef[] {
  const [, ...lines] = csv.trim().split(/\r?\n/);
  return lines.map((line) => {
    const [code = "", name = "", nameEn = "", kind = "", area = ""] = line.split(",");
    const [region = "", subregion = null] = area.split("-");
    return { code, name, nameEn, kind, region, subregion };
  });
}
const districts = parseDistricts(
  readFileSync(new URL("../../../reference/chongqing-divisions.csv", import.meta.url), "utf8"),
);
const districtCodes = new Set(districts.map((d) => d.code));
const districtByCode = new Map(districts.map((d) => [d.code, d]));
const specials = specialsOf(plan);

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
const monthOf = (date: string) => date.slice(0, 7);
const yearOf = (date: string) => Number(date.slice(0, 4));
const monthsApart = (from: string, to: string) =>
  (yearOf(to) - yearOf(from)) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FIRST_REPORT = `${plan.plan.period.startYear}-01`;
const LAST_REPORT = monthOf(DEMO_AS_OF);

function reportsByProject(portfolio: DemoPortfolio): Map<string, DemoReport[]> {
  const map = new Map<string, DemoReport[]>();
  for (const r of portfolio.reports) map.set(r.projectKey, [...(map.get(r.projectKey) ?? []), r]);
  return map;
}

const started = (p: DemoProject) => p.actualStart !== null;

describe.each([1, 20240101])("the demo portfolio for seed %i", (seed) => {
  const portfolio = generateDemoPortfolio({ seed, plan, districts });
  const { projects, organisations } = portfolio;
  const orgByKey = new Map(organisations.map((o) => [o.key, o]));
  const reports = reportsByProject(portfolio);

  describe("the plan's targets", () => {
    it("has exactly the plan's 375 projects, and each special's target count", () => {
      expect(projects).toHaveLength(plan.plan.headline.projects);
      for (const special of specials) {
        expect(projects.filter((p) => p.specialCode === special.code)).toHaveLength(special.projects);
      }
    });

    it("puts each special within ±0.5 亿元 of its stated figure and the whole at exactly the headline", () => {
      for (const special of specials) {
        const total = sum(
          projects.filter((p) => p.specialCode === special.code).map((p) => p.totalInvestmentFen),
        );
        const diff = total - BigInt(special.investmentYi) * FEN_PER_YI;
        expect(diff < FEN_PER_YI / 2n && diff > -FEN_PER_YI / 2n).toBe(true);
      }
      expect(sum(projects.map((p) => p.totalInvestmentFen))).toBe(
        BigInt(plan.plan.headline.investmentYi) * FEN_PER_YI,
      );
    });

    it("splits the projects 152 / 102 / 121 with exactly 2101 / 831 / 1051 亿元", () => {
      for (const row of plan.plan.byStatus) {
        const inCategory = projects.filter((p) => p.planCategory === row.status);
        expect(inCategory).toHaveLength(row.projects);
        expect(sum(inCategory.map((p) => p.totalInvestmentFen))).toBe(BigInt(row.investmentYi) * FEN_PER_YI);
      }
    });

    it("spreads every special of three or more projects over several categories", () => {
      for (const special of specials.filter((s) => s.projects >= 3)) {
        const categories = new Set(
          projects.filter((p) => p.specialCode === special.code).map((p) => p.planCategory),
        );
        expect(categories.size).toBeGreaterThanOrEqual(2);
      }
    });

    it("makes every project at least 500 万元 in whole 万元, held as bigint fen", () => {
      for (const p of projects) {
        expect(typeof p.totalInvestmentFen).toBe("bigint");
        expect(p.totalInvestmentFen >= 500n * FEN_PER_WAN).toBe(true);
        expect(p.totalInvestmentFen % FEN_PER_WAN).toBe(0n);
      }
    });
  });

  describe("names", () => {
    it("gives every project a unique Chinese name and a description", () => {
      expect(new Set(projects.map((p) => p.name)).size).toBe(projects.length);
      for (const p of projects) {
        expect(p.name).toMatch(/[\u4e00-\u9fff]/);
        expect(p.description).toContain(p.name);
        expect(p.description.length).toBeGreaterThan(p.name.length + 10);
      }
    });

    it("uses district names in a good share of the names", () => {
      const withDistrict = projects.filter((p) => {
        const d = districtByCode.get(p.districtCode);
        return (
          d !== undefined &&
          p.name.includes(d.name.replace(/(土家族苗族|苗族土家族|土家族)?自治县$|[区县]$/, ""))
        );
      });
      expect(withDistrict.length).toBeGreaterThan(projects.length / 3);
    });
  });

  describe("organisations", () => {
    it("have unique keys, names and valid unique USCCs", () => {
      expect(new Set(organisations.map((o) => o.key)).size).toBe(organisations.length);
      expect(new Set(organisations.map((o) => o.name)).size).toBe(organisations.length);
      const codes = organisations.map((o) => o.uscc);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code !== null && isValidUscc(code)).toBe(true);
    });

    it("registers owners as enterprises (91) or institutions (12) in their district, some owning several projects", () => {
      const owners = organisations.filter((o) => projects.some((p) => p.ownerKey === o.key));
      expect(owners.length).toBeGreaterThanOrEqual(24);
      expect(owners.length).toBeLessThanOrEqual(130);
      for (const o of owners) {
        expect(["enterprise", "institution"]).toContain(o.kind);
        expect(o.uscc?.slice(0, 2)).toBe(o.kind === "enterprise" ? "91" : "12");
        expect(o.districtCode !== null && districtCodes.has(o.districtCode)).toBe(true);
        expect(o.uscc?.slice(2, 8)).toBe(o.districtCode);
      }
      const counts = owners.map((o) => projects.filter((p) => p.ownerKey === o.key).length);
      expect(counts.filter((n) => n > 1).length).toBeGreaterThan(10);
    });

    it("includes the departments (11500000…), the 38 district governments and 3–5 banks, none owning projects", () => {
      const departments = organisations.filter((o) => o.kind === "government_department");
      expect(departments.map((o) => o.name)).toEqual(
        expect.arrayContaining([
          "重庆市经济和信息化委员会",
          "重庆市大数据应用发展管理局",
          "重庆市科学技术局",
        ]),
      );
      for (const d of departments) expect(d.uscc?.startsWith("11500000")).toBe(true);
      const governments = organisations.filter((o) => o.kind === "district_government");
      expect(governments.map((o) => o.districtCode).sort()).toEqual([...districtCodes].sort());
      expect(governments.find((o) => o.districtCode === "500112")?.name).toBe("重庆市渝北区人民政府");
      const banks = organisations.filter((o) => o.kind === "bank");
      expect(banks.length).toBeGreaterThanOrEqual(3);
      expect(banks.length).toBeLessThanOrEqual(5);
      const owning = new Set(projects.map((p) => p.ownerKey));
      for (const o of [...departments, ...governments, ...banks]) expect(owning.has(o.key)).toBe(false);
    });

    it("gives every special exactly one lead department of its domain, which its projects carry", () => {
      expect(portfolio.specialLeads.map((l) => l.specialCode).sort()).toEqual(
        specials.map((s) => s.code).sort(),
      );
      const leadName = (code: string) => {
        const lead = portfolio.specialLeads.find((l) => l.specialCode === code);
        const org = lead && orgByKey.get(lead.departmentKey);
        expect(org?.kind).toBe("government_department");
        return org?.name ?? "";
      };
      for (const s of specials.filter((x) => x.sectorCode === "NET")) {
        expect(["重庆市通信管理局", "重庆市经济和信息化委员会"]).toContain(leadName(s.code));
      }
      for (const s of specials.filter((x) => x.sectorCode === "COMP"))
        expect(leadName(s.code)).toBe("重庆市大数据应用发展管理局");
      for (const s of specials.filter((x) => x.sectorCode === "SCI"))
        expect(leadName(s.code)).toBe("重庆市科学技术局");
      expect(leadName("APP-5")).toBe("重庆市卫生健康委员会");
      expect(leadName("TRANS-3")).toBe("重庆市农业农村委员会");
      expect(leadName("APP-2")).toBe("重庆市农业农村委员会");
      for (const p of projects) {
        const lead = portfolio.specialLeads.find((l) => l.specialCode === p.specialCode);
        expect(p.leadDepartmentKey).toBe(lead?.departmentKey);
        expect(orgByKey.get(p.ownerKey)).toBeDefined();
      }
    });
  });

  describe("districts and levels", () => {
    it("places projects in the 38 districts, mostly 主城都市区 and above all 中心城区, with every region present", () => {
      const area = (p: DemoProject) => districtByCode.get(p.districtCode);
      for (const p of projects) expect(districtCodes.has(p.districtCode)).toBe(true);
      const count = (test: (d: DistrictRef) => boolean) =>
        projects.filter((p) => test(area(p) as DistrictRef)).length;
      expect(count((d) => d.region === "主城都市区")).toBeGreaterThan(projects.length * 0.6);
      expect(count((d) => d.subregion === "中心城区")).toBeGreaterThan(
        count((d) => d.subregion === "主城新区"),
      );
      for (const region of new Set(districts.map((d) => d.region))) {
        expect(count((d) => d.region === region)).toBeGreaterThanOrEqual(5);
      }
    });

    it("makes most projects municipal, with some national and some district ones", () => {
      const levels = (level: string) => projects.filter((p) => p.level === level).length;
      expect(levels("municipal")).toBeGreaterThan(projects.length / 2);
      expect(levels("national")).toBeGreaterThan(0);
      expect(levels("district")).toBeGreaterThan(0);
    });
  });

  describe("dates and stages", () => {
    it("writes every date as YYYY-MM-DD and plans 1–5 years", () => {
      for (const p of projects) {
        for (const date of [p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd]) {
          if (date !== null) expect(date).toMatch(DATE);
        }
        const months = monthsApart(p.plannedStart, p.plannedEnd);
        expect(months).toBeGreaterThanOrEqual(12);
        expect(months).toBeLessThanOrEqual(60);
        if (p.actualStart) expect(p.actualStart >= p.plannedStart).toBe(true);
        if (p.actualEnd)
          expect(p.actualStart !== null && p.actualEnd > p.actualStart && p.actualEnd <= DEMO_AS_OF).toBe(
            true,
          );
      }
    });

    it("dates each category as the plan describes it", () => {
      const year = plan.plan.period.startYear;
      const building = projects.filter((p) => p.planCategory === "under_construction");
      for (const p of building) {
        expect(yearOf(p.actualStart ?? "")).toBeGreaterThanOrEqual(year - 3);
        expect(yearOf(p.actualStart ?? "")).toBeLessThan(year);
      }
      const newStarts = projects.filter((p) => p.planCategory === "new_start");
      for (const p of newStarts) expect(yearOf(p.plannedStart)).toBe(year);
      expect(newStarts.filter((p) => p.actualStart?.startsWith(String(year))).length).toBeGreaterThan(
        newStarts.length / 2,
      );
      const reserve = projects.filter((p) => p.planCategory === "reserve");
      for (const p of reserve) {
        expect(yearOf(p.plannedStart)).toBeGreaterThan(year);
        expect(yearOf(p.plannedStart)).toBeLessThanOrEqual(year + 3);
      }
      expect(reserve.some(started)).toBe(true);
      expect(reserve.some((p) => !started(p))).toBe(true);
    });

    it("keeps the stage consistent with the dates", () => {
      for (const p of projects) {
        if (!p.actualStart) expect(["planning", "reserve", "cancelled"]).toContain(p.stage);
        else if (p.actualEnd) expect(p.stage).toBe("completed");
        else if (p.stage !== "suspended") {
          expect(
            p.stage === "under_construction" ||
              (p.stage === "new_start" && monthsApart(p.actualStart, DEMO_AS_OF) < 3),
          ).toBe(true);
        }
        expect(p.suspendedFrom !== null).toBe(p.stage === "suspended");
      }
      const suspended = projects.filter((p) => p.stage === "suspended");
      expect(suspended.length).toBeGreaterThan(0);
      expect(suspended.length).toBeLessThanOrEqual(5);
      const cancelled = projects.filter((p) => p.stage === "cancelled");
      expect(cancelled.length).toBeLessThanOrEqual(2);
      for (const p of cancelled) expect(p.planCategory === "reserve" && !started(p)).toBe(true);
    });
  });

  describe("investment project codes", () => {
    it("are valid, unique, and present for every started project and most reserve ones", () => {
      const codes = projects.flatMap((p) => (p.code ? [p.code] : []));
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) {
        expect(projectCodeProblem(code, districtCodes)).toBeNull();
        expect(["500000", ...districtCodes]).toContain(code.slice(5, 11));
      }
      for (const p of projects.filter(started)) {
        expect(p.code).not.toBeNull();
        expect(yearOf(p.code ?? "")).toBeLessThanOrEqual(yearOf(p.actualStart ?? ""));
      }
      const waiting = projects.filter((p) => p.stage === "reserve");
      expect(waiting.filter((p) => p.code !== null).length).toBeGreaterThan(waiting.length / 2);
      for (const p of projects.filter((x) => x.stage === "planning")) expect(p.code).toBeNull();
    });
  });

  describe("opening balances and monthly reports", () => {
    it("has an opening balance only for projects started before the first report month", () => {
      for (const p of projects) {
        const early = p.actualStart !== null && monthOf(p.actualStart) < FIRST_REPORT;
        expect(p.openingCompletedFen > 0n).toBe(early);
        expect(p.openingCompletedFen < p.totalInvestmentFen).toBe(true);
      }
    });

    it("reports every month from the start to the end or the as-of month, and nothing else", () => {
      for (const p of projects) {
        const list = reports.get(p.key) ?? [];
        if (!p.actualStart) {
          expect(list).toHaveLength(0);
          continue;
        }
        const first = monthOf(p.actualStart) > FIRST_REPORT ? monthOf(p.actualStart) : FIRST_REPORT;
        const end = p.actualEnd ? monthOf(p.actualEnd) : LAST_REPORT;
        expect(list[0]?.month).toBe(first);
        if (p.stage === "suspended") expect((list.at(-1)?.month ?? "") < end).toBe(true);
        else expect(list.at(-1)?.month).toBe(end);
        list.forEach((r, i) => {
          if (i > 0) expect(monthsApart(`${list[i - 1]?.month}-01`, `${r.month}-01`)).toBe(1);
        });
      }
    });

    it("adds up exactly for completed projects and stays below the total otherwise", () => {
      for (const p of projects.filter(started)) {
        const list = reports.get(p.key) ?? [];
        const reached = p.openingCompletedFen + sum(list.map((r) => r.investedFen));
        let previous = 0;
        for (const r of list) {
          expect(r.investedFen >= 0n && r.investedFen % FEN_PER_WAN === 0n).toBe(true);
          expect(Number.isInteger(r.progressPct)).toBe(true);
          expect(r.progressPct).toBeGreaterThanOrEqual(previous);
          expect(r.progressPct).toBeLessThanOrEqual(100);
          expect(r.progressText.length).toBeGreaterThan(0);
          previous = r.progressPct;
        }
        if (p.stage === "completed") {
          expect(reached).toBe(p.totalInvestmentFen);
          expect(list.at(-1)?.progressPct).toBe(100);
          expect(list.slice(0, -1).every((r) => r.progressPct < 100)).toBe(true);
        } else {
          expect(reached < p.totalInvestmentFen).toBe(true);
          expect(previous).toBeLessThan(100);
        }
      }
    });

    it("mentions problems in some months but not most", () => {
      const withProblems = portfolio.reports.filter((r) => r.problems !== null).length;
      expect(withProblems).toBeGreaterThan(0);
      expect(withProblems).toBeLessThan(portfolio.reports.length / 4);
    });
  });

  describe("funding and annual plans", () => {
    it("draws 1–4 of the plan's sources that add up to the total, secured never above planned", () => {
      let gaps = 0;
      for (const p of projects) {
        expect(p.funding.length).toBeGreaterThanOrEqual(1);
        expect(p.funding.length).toBeLessThanOrEqual(4);
        expect(new Set(p.funding.map((f) => f.source)).size).toBe(p.funding.length);
        for (const f of p.funding) {
          expect(plan.fundingSources).toContain(f.source);
          expect(f.securedFen >= 0n && f.securedFen <= f.plannedFen).toBe(true);
          if (f.securedFen < f.plannedFen) gaps++;
        }
        expect(sum(p.funding.map((f) => f.plannedFen))).toBe(p.totalInvestmentFen);
      }
      expect(gaps).toBeGreaterThan(0);
    });

    it("plans 2020–2023 without exceeding what is left after the opening balance", () => {
      for (const p of projects) {
        expect(p.annualPlans.map((a) => a.year)).toEqual([2020, 2021, 2022, 2023]);
        for (const a of p.annualPlans) expect(a.plannedFen >= 0n).toBe(true);
        expect(
          sum(p.annualPlans.map((a) => a.plannedFen)) <= p.totalInvestmentFen - p.openingCompletedFen,
        ).toBe(true);
      }
    });

    it("leaves some projects behind their plan", () => {
      const behind = projects.filter((p) => {
        const planned = sum(p.annualPlans.filter((a) => a.year <= 2022).map((a) => a.plannedFen));
        const done = sum((reports.get(p.key) ?? []).map((r) => r.investedFen));
        return done < planned;
      });
      expect(behind.length).toBeGreaterThan(10);
    });
  });
});

describe("generateDemoPortfolio", () => {
  it("is deterministic for a seed and different for another", () => {
    const a = generateDemoPortfolio({ seed: 7, plan, districts });
    const b = generateDemoPortfolio({ seed: 7, plan, districts });
    const c = generateDemoPortfolio({ seed: 8, plan, districts });
    expect(b).toEqual(a);
    expect(c.projects.map((p) => p.name)).not.toEqual(a.projects.map((p) => p.name));
    expect(c.projects.map((p) => p.totalInvestmentFen)).not.toEqual(
      a.projects.map((p) => p.totalInvestmentFen),
    );
  });
});
