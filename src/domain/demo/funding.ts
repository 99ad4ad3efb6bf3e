import { allocate, allocateAboveMinimum } from "./allocate.js";
import { monthIndex, yearOf } from "./dates.js";
import type { Random } from "./random.js";
import { spendingCurve } from "./reports.js";
import type { ProjectSchedule, Timeline } from "./schedule.js";
import type { DemoProject } from "./types.js";
import { type Wan, shareOf, wanToFen } from "./units.js";

/** Funding routes by what they are, recognised in the plan's own list of sources by a keyword. */
const PUBLIC_ROUTES = ["中央预算内", "中央专项", "专项债券", "财政专项"];
const MARKET_ROUTES = ["银行信贷", "企业债券", "基金", "REITs"];
const OWN_FUNDS = "企业自筹";
const PPP = "PPP";

function routes(sources: readonly string[], keywords: readonly string[]): string[] {
  return sources.filter((s) => keywords.some((k) => s.includes(k)));
}

export interface FundingNeeds {
  total: Wan;
  ownerKind: "enterprise" | "institution";
  pppEligible: boolean;
  started: boolean;
  /** Still only an idea or dropped: little or nothing secured yet. */
  unsecured: boolean;
}

/**
 * One to four of the plan's funding sources whose planned amounts add up exactly to the total;
 * public bodies lean on budget funds and special bonds, enterprises on their own funds and credit.
 * Secured amounts never exceed planned ones; projects not yet started have the larger gaps.
 */
export function planFunding(
  needs: FundingNeeds,
  sources: readonly string[],
  random: Random,
): DemoProject["funding"] {
  if (sources.length === 0) throw new RangeError("the plan lists no funding sources");
  const publicRoutes = routes(sources, PUBLIC_ROUTES);
  const marketRoutes = routes(sources, MARKET_ROUTES);
  const own = routes(sources, [OWN_FUNDS]);
  const ppp = routes(sources, [PPP]);
  const primaryPool =
    needs.pppEligible && ppp.length > 0 && random.chance(0.15)
      ? ppp
      : needs.ownerKind === "institution"
        ? publicRoutes
        : own.length > 0
          ? own
          : marketRoutes;
  const primary = random.pick(primaryPool.length > 0 ? primaryPool : sources);
  const others = random.shuffle(
    needs.ownerKind === "institution"
      ? [...publicRoutes, ...marketRoutes]
      : [...marketRoutes, ...publicRoutes, ...own],
  );
  const count = random.weighted([1, 2, 3, 4], [0.25, 0.4, 0.25, 0.1]);
  const chosen = [...new Set([primary, ...others])].slice(0, count);
  const weights = chosen.map((_, i) => (i === 0 ? 1 : random.between(0.1, 0.6)));
  const planned = allocateAboveMinimum(needs.total, weights, 1n);
  return chosen.map((source, i) => {
    const amount = planned[i] ?? 0n;
    const secured = needs.unsecured
      ? 0n
      : needs.started
        ? random.chance(0.7)
          ? amount
          : shareOf(amount, random.between(0.6, 0.95))
        : shareOf(amount, random.between(0, 0.5));
    return { source, plannedFen: wanToFen(amount), securedFen: wanToFen(secured) };
  });
}

/**
 * The 3-year rolling plan: planned investment per year from the plan's first year to one year past
 * its end, following the spending curve over the planned dates. What remains after the opening
 * balance is spread over the planned months; whatever falls after the last year is left out, so the
 * years never add up to more than total − opening.
 */
export function planAnnualInvestment(
  total: Wan,
  opening: Wan,
  schedule: ProjectSchedule,
  timeline: Timeline,
  lastYear: number,
): DemoProject["annualPlans"] {
  const years: number[] = [];
  for (let y = timeline.planStartYear; y <= lastYear; y++) years.push(y);
  const buckets: number[] = new Array<number>(years.length + 1).fill(0);
  const start = schedule.plannedStart.month;
  const duration = schedule.plannedMonths;
  const firstReport = monthIndex(timeline.planStartYear, 1);
  for (let m = Math.max(start, firstReport); m < start + duration; m++) {
    const step = spendingCurve((m - start + 1) / duration) - spendingCurve((m - start) / duration);
    const index = Math.min(yearOf(m) - timeline.planStartYear, years.length);
    buckets[index] = (buckets[index] ?? 0) + step;
  }
  if (!buckets.some((b) => b > 0)) buckets[0] = 1;
  const amounts = allocate(total - opening, buckets);
  return years.map((year, i) => ({ year, plannedFen: wanToFen(amounts[i] ?? 0n) }));
}
