import { allocate } from "../../src/domain/demo/allocate.js";
import { generateDemoPortfolio } from "../../src/domain/demo/generate.js";
import { createRandom, deriveRandom, type Random } from "../../src/domain/demo/random.js";
import type { DemoOrganisation, DemoProject } from "../../src/domain/demo/types.js";
import { fen, FEN_PER_WAN, type Fen } from "../../src/domain/money.js";
import type { ProjectLevel } from "../../src/domain/plan.js";
import { readReferenceFiles } from "../../src/store/reference.js";

/** Monthly reports cover 2020-01 … 2022-12: 36 for every project. */
export const REPORT_MONTHS = Array.from(
  { length: 36 },
  (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
);
const PLAN_YEARS = [2020, 2021, 2022, 2023];
const SEASON = [0.85, 0.6, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.25];
const PROGRESS_TEXTS = ["施工准备及场地平整", "主体工程施工", "设备安装调试", "系统集成联调", "竣工验收准备"];
const PROBLEM_TEXTS = ["用地手续办理滞后", "电力配套未到位", "资金到位不足", "设备到货延迟"];

export interface BenchProject {
  id: number;
  code: string;
  name: string;
  specialCode: string;
  districtCode: string;
  ownerKey: string;
  leadDepartmentKey: string;
  level: ProjectLevel;
  stage: "under_construction" | "completed";
  description: string;
  totalFen: Fen;
  openingFen: Fen;
  plannedStart: string;
  plannedEnd: string;
  actualStart: string;
  actualEnd: string | null;
  funding: { source: string; plannedFen: Fen; securedFen: Fen }[];
  annualPlans: { year: number; plannedFen: Fen }[];
  /** One amount per month of REPORT_MONTHS, whole 万元 in fen. */
  monthlyFen: Fen[];
  /** Seed of the project's report texts and submission days. */
  reportSeed: number;
}

export interface BenchReport {
  month: string;
  investedFen: Fen;
  progressPct: number;
  progressText: string;
  problems: string | null;
  submittedAt: Date;
}

export interface BenchPortfolio {
  size: number;
  organisations: DemoOrganisation[];
  specialLeads: { specialCode: string; departmentKey: string }[];
  projects: BenchProject[];
}

const day = (random: Random) => String(random.int(1, 28)).padStart(2, "0");
const month2 = (m: number) => String(m).padStart(2, "0");
const wan = (amount: bigint) => fen(amount * FEN_PER_WAN);

/** A 24-character 投资项目代码 unique by its serial: the template's area, industry and type when it has one. */
function codeOf(template: DemoProject, year: number, serial: number): string {
  const [, area = "500000", industry = "65", type = "03"] = template.code?.split("-") ?? [];
  return `${year}-${area}-${industry}-${type}-${String(serial).padStart(6, "0")}`;
}

/** Scales the template's funding to a new total; each line rounds down, so they stay within it. */
function scaleFunding(template: DemoProject, total: Fen) {
  const from = template.totalInvestmentFen;
  return template.funding.map((f) => ({
    source: f.source,
    plannedFen: fen((f.plannedFen * total) / from / FEN_PER_WAN) * FEN_PER_WAN,
    securedFen: fen((f.securedFen * total) / from / FEN_PER_WAN) * FEN_PER_WAN,
  })) as BenchProject["funding"];
}

/**
 * Project `index` of a bench portfolio: a copy of one of the demo's projects (its special, district,
 * owner, level and funding mix), with its own name, code, amount and schedule. Every project started
 * before 2020 and reports every month from 2020-01 to 2022-12; three in ten completed in December 2022.
 */
function benchProject(template: DemoProject, index: number, seed: number): BenchProject {
  const random = deriveRandom(seed, `project-${index}`);
  const copy = Math.floor(index / 375);
  const totalWan = BigInt(
    Math.max(100, Math.round(Number(template.totalInvestmentFen / FEN_PER_WAN) * random.between(0.6, 1.4))),
  );
  const startYear = random.int(2017, 2019);
  const startMonth = random.int(1, 12);
  const completed = random.chance(0.3);
  const openingWan = (totalWan * BigInt(random.int(5, 30))) / 100n;
  const reachedWan = completed ? totalWan : (totalWan * BigInt(random.int(60, 90))) / 100n;
  const weights = REPORT_MONTHS.map((_, i) => random.between(0.5, 1.5) * (SEASON[i % 12] ?? 1));
  const monthlyWan = allocate(reachedWan > openingWan ? reachedWan - openingWan : 0n, weights);
  const spentIn = (year: number) =>
    monthlyWan.slice((year - 2020) * 12, (year - 2019) * 12).reduce((a, b) => a + b, 0n);
  // Plans near what was spent, some ahead and some behind, so the pace rules find every colour.
  const plannedWan = PLAN_YEARS.map((y) =>
    y === 2023 ? totalWan - reachedWan : (spentIn(y) * BigInt(random.int(85, 135))) / 100n,
  );
  const planSum = plannedWan.reduce((a, b) => a + b, 0n);
  const scale = planSum > totalWan ? { num: totalWan, den: planSum } : { num: 1n, den: 1n };
  const total = wan(totalWan);
  return {
    id: index + 1,
    code: codeOf(template, startYear, index + 1),
    name: copy === 0 ? template.name : `${template.name}（${copy + 1}期）`,
    specialCode: template.specialCode,
    districtCode: template.districtCode,
    ownerKey: template.ownerKey,
    leadDepartmentKey: template.leadDepartmentKey,
    level: template.level,
    stage: completed ? "completed" : "under_construction",
    description: template.description,
    totalFen: total,
    openingFen: wan(openingWan),
    plannedStart: `${startYear}-${month2(startMonth)}-${day(random)}`,
    plannedEnd: completed
      ? `2022-${month2(random.int(6, 12))}-${day(random)}`
      : `${random.int(2023, 2025)}-${month2(random.int(1, 12))}-${day(random)}`,
    actualStart: `${startYear}-${month2(startMonth)}-${day(random)}`,
    actualEnd: completed ? `2022-12-${day(random)}` : null,
    funding: scaleFunding(template, total),
    annualPlans: PLAN_YEARS.map((year, i) => ({
      year,
      plannedFen: wan(((plannedWan[i] ?? 0n) * scale.num) / scale.den),
    })),
    monthlyFen: monthlyWan.map(wan),
    reportSeed: random.int(0, 2 ** 31),
  };
}

/** The 36 monthly reports of a project, made on demand (a portfolio of 100k holds 3.6 million). */
export function reportsOf(project: BenchProject): BenchReport[] {
  const random = createRandom(project.reportSeed);
  let cumulative: bigint = project.openingFen;
  const last = REPORT_MONTHS.length - 1;
  return REPORT_MONTHS.map((month, i) => {
    const investedFen = project.monthlyFen[i] ?? fen(0);
    cumulative += investedFen;
    const pct = Number((cumulative * 100n) / project.totalFen);
    const progressPct = project.stage === "completed" && i === last ? 100 : Math.min(99, pct);
    const [y = 0, m = 1] = month.split("-").map(Number);
    const next = m === 12 ? `${y + 1}-01` : `${y}-${month2(m + 1)}`;
    // Most reports arrive by the 5th's deadline; one in twenty comes late.
    const dayOfMonth = random.chance(0.05) ? random.int(6, 12) : random.int(1, 5);
    return {
      month,
      investedFen,
      progressPct,
      progressText: PROGRESS_TEXTS[Math.min(4, Math.floor(progressPct / 20))] ?? "",
      problems: random.chance(0.06) ? random.pick(PROBLEM_TEXTS) : null,
      submittedAt: new Date(`${next}-${month2(dayOfMonth)}T10:00:00+08:00`),
    };
  });
}

/**
 * A deterministic portfolio of `size` projects over the demo's taxonomy, districts and organisations:
 * the demo portfolio (seed 1) provides templates, taken in turn, so every special, district and owner
 * keeps its share as the portfolio grows.
 */
export function benchPortfolio(size: number, seed = 1): BenchPortfolio {
  const { plan, districts } = readReferenceFiles();
  const demo = generateDemoPortfolio({ seed, plan, districts });
  const projects = Array.from({ length: size }, (_, i) =>
    benchProject(demo.projects[i % demo.projects.length]!, i, seed),
  );
  return { size, organisations: demo.organisations, specialLeads: demo.specialLeads, projects };
}
