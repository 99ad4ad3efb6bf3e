import type { SectorRef, SpecialRef } from "../plan.js";
import type { Random } from "./random.js";

/** The pieces of a special's scope text, e.g. "5G、千兆光纤、IPv6" → 5G, 千兆光纤, IPv6. */
export function scopeItems(scope: string): string[] {
  return scope
    .split(/[、；;]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export interface DescriptionFacts {
  name: string;
  districtName: string;
  ownerName: string;
  special: SpecialRef;
  sector: SectorRef | undefined;
}

/** A one-sentence description: where, by whom, what it covers from the special's scope, and which goal it serves. */
export function describeProject(facts: DescriptionFacts, random: Random): string {
  const items = random.shuffle(scopeItems(facts.special.scope)).slice(0, random.int(1, 2));
  const goal = facts.sector && facts.sector.goals2022.length > 0 ? random.pick(facts.sector.goals2022) : null;
  const scope = items.length > 0 ? `围绕${items.join("、")}开展建设` : `建设${facts.special.zh}`;
  const aim = goal ? `，助力实现“${goal}”的目标` : "";
  return `${facts.name}位于${facts.districtName}，由${facts.ownerName}负责实施，${scope}${aim}。`;
}
