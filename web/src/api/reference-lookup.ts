import type { Reference } from "../../../src/domain/contracts/reference.js";

type Item<K extends keyof Reference> = Reference[K] extends readonly (infer T)[] ? T : never;

export interface ReferenceLookup {
  sector: (code: string) => Item<"sectors"> | undefined;
  special: (code: string) => Item<"specials"> | undefined;
  district: (code: string) => Item<"districts"> | undefined;
  stage: (code: string) => Item<"stages"> | undefined;
  planCategory: (code: string) => Item<"planCategories"> | undefined;
  level: (code: string) => Item<"levels"> | undefined;
}

function indexBy<T extends { code: string }>(items: readonly T[]): (code: string) => T | undefined {
  const map = new Map(items.map((item) => [item.code, item]));
  return (code) => map.get(code);
}

/** Code → entry lookups over the reference data, built once per reference payload. */
export function buildReferenceLookup(reference: Reference): ReferenceLookup {
  return {
    sector: indexBy(reference.sectors),
    special: indexBy(reference.specials),
    district: indexBy(reference.districts),
    stage: indexBy(reference.stages),
    planCategory: indexBy(reference.planCategories),
    level: indexBy(reference.levels),
  };
}
