import { PassThrough, Writable } from "node:stream";
import type { ProjectRecord } from "../../src/domain/project-record.js";
import { writeRegisterCsv, writeRegisterXlsx } from "../../src/services/register/write.js";
import { readReferenceFiles } from "../../src/store/reference.js";
import type { BenchPortfolio } from "./generate.js";

const YEARS = [2020, 2021, 2022, 2023];

/** The portfolio's projects as register records, as an official would fill in the template. */
export function* registerRecords(portfolio: BenchPortfolio): Generator<ProjectRecord> {
  const orgs = new Map(portfolio.organisations.map((o) => [o.key, o]));
  for (const p of portfolio.projects) {
    const owner = orgs.get(p.ownerKey);
    yield {
      id: null,
      code: p.code,
      name: p.name,
      specialCode: p.specialCode,
      districtCode: p.districtCode,
      ownerName: owner?.name ?? "",
      ownerUscc: owner?.uscc ?? null,
      leadDepartmentName: orgs.get(p.leadDepartmentKey)?.name ?? null,
      level: p.level,
      planCategory: "under_construction",
      stage: p.stage,
      description: p.description,
      totalInvestmentFen: p.totalFen,
      completedInvestmentFen: p.openingFen,
      plannedStart: p.plannedStart,
      plannedEnd: p.plannedEnd,
      actualStart: p.actualStart,
      actualEnd: p.actualEnd,
      funding: p.funding,
      annualPlans: p.annualPlans,
    };
  }
}

function collector(): { stream: PassThrough; bytes: () => Buffer } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/** The register as one CSV file of projects (what the import API takes in one upload). */
export async function registerCsv(portfolio: BenchPortfolio): Promise<Buffer> {
  const projects = collector();
  const funding = new Writable({ write: (_chunk, _encoding, done) => done() });
  await writeRegisterCsv(
    registerRecords(portfolio),
    { projects: projects.stream, funding },
    { years: YEARS },
  );
  return projects.bytes();
}

/** The register workbook: sheets 项目, 资金来源 and 填表说明. */
export async function registerXlsx(portfolio: BenchPortfolio): Promise<Buffer> {
  const out = collector();
  const { plan, districts } = readReferenceFiles();
  const reference = {
    specials: plan.sectors.flatMap((s) => s.specials.map((sp) => ({ code: sp.code, name: sp.zh }))),
    districts: districts.map((d) => ({ code: d.code, name: d.name })),
    fundingSources: plan.fundingSources,
  };
  await writeRegisterXlsx(registerRecords(portfolio), out.stream, { years: YEARS, reference });
  return out.bytes();
}
