import { formatAmount, type Fen } from "./money.js";

/** A reserve project as the rollover weighs it. */
export interface RolloverCandidate {
  projectId: number;
  name: string;
  sectorCode: string;
  totalInvestmentFen: bigint;
  /** 投资项目代码 issued: approvals, ratification or filing done. */
  hasCode: boolean;
  plannedFundingFen: bigint;
  securedFundingFen: bigint;
  reserveSince: string | null; // YYYY-MM-DD
  plannedStart: string | null;
}

export interface RolloverProposal {
  projectId: number;
  name: string;
  sectorCode: string;
  totalInvestmentFen: string;
  score: number;
  selected: boolean;
  /** Cumulative investment of the sector's selected projects up to and including this one. */
  cumulativeFen: string;
  reasons: { zh: string; en: string }[];
}

export interface SectorOutcome {
  sectorCode: string;
  targetFen: string;
  selectedFen: string;
  met: boolean;
  proposals: RolloverProposal[];
}

const DAY_MS = 86_400_000;
const yi = (v: bigint) => formatAmount(v as Fen, "yi", 2);

/** Whole days from one calendar date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Readiness out of 100: approvals done (40), share of funding secured (40), time in the reserve up to two years (20). */
export function readiness(
  c: RolloverCandidate,
  year: number,
): { score: number; securedPct: number; daysInReserve: number } {
  const securedPct =
    c.plannedFundingFen > 0n ? Number((c.securedFundingFen * 100n) / c.plannedFundingFen) : 0;
  const daysInReserve = c.reserveSince ? Math.max(0, daysBetween(c.reserveSince, `${year}-01-01`)) : 0;
  const score =
    (c.hasCode ? 40 : 0) +
    Math.round((securedPct * 40) / 100) +
    Math.round(Math.min(daysInReserve / 730, 1) * 20);
  return { score, securedPct, daysInReserve };
}

/**
 * Proposes, per sector, which reserve projects become `year`'s new starts: the readiest first (ties:
 * longer in the reserve, then smaller id), until the sector's investment target is met. Every
 * candidate is returned with its score and the reasons for it, selected or not.
 */
export function proposeRollover(
  candidates: RolloverCandidate[],
  targets: { sectorCode: string; targetFen: bigint }[],
  year: number,
): SectorOutcome[] {
  return targets.map(({ sectorCode, targetFen }) => {
    const ranked = candidates
      .filter((c) => c.sectorCode === sectorCode)
      .map((c) => ({ c, r: readiness(c, year) }))
      .sort(
        (a, b) =>
          b.r.score - a.r.score || b.r.daysInReserve - a.r.daysInReserve || a.c.projectId - b.c.projectId,
      );
    let cumulative = 0n;
    const proposals = ranked.map(({ c, r }) => {
      const selected = cumulative < targetFen;
      if (selected) cumulative += c.totalInvestmentFen;
      const reasons = [
        c.hasCode
          ? {
              zh: "已取得投资项目代码（审批、核准或备案已完成）",
              en: "project code issued (approval, ratification or filing done)",
            }
          : { zh: "尚未取得投资项目代码", en: "no project code yet" },
        { zh: `资金落实率 ${r.securedPct}%`, en: `${r.securedPct}% of funding secured` },
        { zh: `在库 ${r.daysInReserve} 天`, en: `${r.daysInReserve} days in the reserve` },
      ];
      if (c.plannedStart && Number(c.plannedStart.slice(0, 4)) > year) {
        reasons.push({
          zh: `原计划 ${c.plannedStart.slice(0, 4)} 年开工，需提前`,
          en: `planned to start in ${c.plannedStart.slice(0, 4)}: would be brought forward`,
        });
      }
      reasons.push(
        selected
          ? {
              zh: `入选：累计 ${yi(cumulative)} 亿元，板块目标 ${yi(targetFen)} 亿元`,
              en: `selected: ${yi(cumulative)} yi yuan so far against a target of ${yi(targetFen)}`,
            }
          : { zh: "未入选：板块目标已满足", en: "not selected: the sector's target is already met" },
      );
      return {
        projectId: c.projectId,
        name: c.name,
        sectorCode,
        totalInvestmentFen: c.totalInvestmentFen.toString(),
        score: r.score,
        selected,
        cumulativeFen: cumulative.toString(),
        reasons,
      };
    });
    return {
      sectorCode,
      targetFen: targetFen.toString(),
      selectedFen: cumulative.toString(),
      met: cumulative >= targetFen,
      proposals,
    };
  });
}
