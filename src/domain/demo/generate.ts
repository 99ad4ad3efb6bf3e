import { PROJECT_LEVELS, type DistrictRef, specialsOf } from "../plan.js";
import { type CodeSubject, hasProjectCode, issueProjectCode } from "./approval-codes.js";
import { demoApprovals } from "./approvals.js";
import { formatDay, parseDay } from "./dates.js";
import { departmentOrganisations } from "./departments.js";
import { describeProject } from "./descriptions.js";
import { applyDisruptions } from "./disruptions.js";
import { districtWeights } from "./districts.js";
import { planAnnualInvestment, planFunding } from "./funding.js";
import { planInvestments } from "./investment.js";
import { nameProject, nameTemplatesOf } from "./names.js";
import { OwnerRegistry, banks, districtGovernments } from "./organisations.js";
import { deriveRandom } from "./random.js";
import { monthlyReports, openingCompleted } from "./reports.js";
import { type Timeline, scheduleProject } from "./schedule.js";
import { specialProfile } from "./special-profiles.js";
import {
  DEMO_AS_OF,
  type DemoInput,
  type DemoPortfolio,
  type DemoProject,
  type DemoReport,
} from "./types.js";
import { wanToFen } from "./units.js";

/**
 * Generates the demo portfolio for a plan: organisations (departments leading the specials, district
 * governments, banks, project owners), the plan's projects with amounts that match its targets
 * exactly, monthly reports up to {@link DEMO_AS_OF}, and the projects' approvals and filings. Pure
 * and deterministic: the same input
 * gives a deep-equal result; another seed gives other names, places and amounts under the same rules.
 */
export function generateDemoPortfolio(input: DemoInput): DemoPortfolio {
  const { seed, plan, districts } = input;
  if (districts.length === 0) throw new RangeError("the demo needs at least one district");
  const random = (label: string) => deriveRandom(seed, label);
  const timeline: Timeline = { planStartYear: plan.plan.period.startYear, asOf: parseDay(DEMO_AS_OF) };
  const districtByName = new Map(districts.map((d) => [d.name, d]));
  const sectorByCode = new Map(plan.sectors.map((s) => [s.code, s]));

  const usedUscc = new Set<string>();
  const organisationRandom = random("organisations");
  const departments = departmentOrganisations(organisationRandom, usedUscc);
  const governments = districtGovernments(districts, organisationRandom, usedUscc);
  const bankList = banks(districtByName, organisationRandom, usedUscc);
  const usedOrganisationNames = new Set([...departments, ...governments, ...bankList].map((o) => o.name));
  const owners = new OwnerRegistry(random("owners"), districtByName, usedUscc, usedOrganisationNames);

  const specialLeads = specialsOf(plan).map((s) => ({
    specialCode: s.code,
    departmentKey: specialProfile(s.code, s.sectorCode).lead,
  }));

  const placement = random("placement");
  const naming = random("names");
  const scheduling = random("schedule");
  const usedProjectNames = new Set<string>();
  const sequence = new Map<string, number>();
  const drafts = planInvestments(plan, random("investment")).map((seed) => {
    const { special } = seed;
    const profile = specialProfile(special.code, special.sectorCode);
    const level = placement.weighted(PROJECT_LEVELS, profile.levels);
    const weights = districtWeights(districts, profile.districtBoost, profile.spread);
    const district: DistrictRef = placement.weighted(districts, weights);
    const identity = nameProject(
      nameTemplatesOf(special),
      { district, level, districtByName },
      naming,
      usedProjectNames,
    );
    const owner = identity.owner
      ? owners.known(identity.owner, identity.district)
      : owners.choose(profile, special.sectorCode, identity.district);
    const n = (sequence.get(special.code) ?? 0) + 1;
    sequence.set(special.code, n);
    return {
      ...seed,
      key: `${special.code}-${String(n).padStart(2, "0")}`,
      profile,
      identity,
      owner,
      schedule: scheduleProject(seed.category, seed.total, timeline, scheduling),
    };
  });
  const schedules = applyDisruptions(
    drafts.map((d) => d.schedule),
    timeline,
    random("disruptions"),
  );

  const coding = random("codes");
  const financing = random("funding");
  const reporting = random("reports");
  const describing = random("descriptions");
  const usedCodes = new Set<string>();
  const lastPlanYear = plan.plan.period.endYear + 1;
  const reports: DemoReport[] = [];
  const projects = drafts.map((draft, i): DemoProject => {
    const schedule = schedules[i] ?? draft.schedule;
    const { identity, owner, profile, special, total, key } = draft;
    const ownerKind = owner.kind === "institution" ? "institution" : "enterprise";
    const opening = openingCompleted(total, schedule, timeline, reporting);
    reports.push(
      ...monthlyReports({ key, total, opening, schedule, works: profile.works }, timeline, reporting),
    );
    const codeSubject: CodeSubject = {
      level: identity.level,
      districtCode: identity.district.code,
      ownerKind,
      industries: profile.industries,
      schedule,
    };
    return {
      key,
      code: hasProjectCode(schedule, coding)
        ? issueProjectCode(codeSubject, timeline, coding, usedCodes)
        : null,
      name: identity.name,
      specialCode: special.code,
      districtCode: identity.district.code,
      ownerKey: owner.key,
      leadDepartmentKey: profile.lead,
      level: identity.level,
      planCategory: draft.category,
      stage: schedule.stage,
      suspendedFrom: schedule.suspendedFrom,
      description: describeProject(
        {
          name: identity.name,
          districtName: identity.district.name,
          ownerName: owner.name,
          special,
          sector: sectorByCode.get(special.sectorCode),
        },
        describing,
      ),
      totalInvestmentFen: wanToFen(total),
      openingCompletedFen: wanToFen(opening),
      plannedStart: formatDay(schedule.plannedStart),
      plannedEnd: formatDay(schedule.plannedEnd),
      actualStart: schedule.actualStart ? formatDay(schedule.actualStart) : null,
      actualEnd: schedule.actualEnd ? formatDay(schedule.actualEnd) : null,
      funding: planFunding(
        {
          total,
          ownerKind,
          pppEligible: profile.ppp,
          started: schedule.actualStart !== null,
          unsecured: schedule.stage === "planning" || schedule.stage === "cancelled",
        },
        plan.fundingSources,
        financing,
      ),
      annualPlans: planAnnualInvestment(total, opening, schedule, timeline, lastPlanYear),
    };
  });

  const districtByCode = new Map(districts.map((d) => [d.code, d.name]));
  const approvals = demoApprovals(
    projects,
    { asOf: DEMO_AS_OF, districtName: (code) => districtByCode.get(code) ?? null },
    random("approvals"),
  );

  return {
    organisations: [...departments, ...governments, ...bankList, ...owners.owners],
    specialLeads,
    projects,
    reports,
    approvals,
  };
}
