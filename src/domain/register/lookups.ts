import { headerKey } from "./headers.js";
import { compactCode } from "./normalise.js";

/** The reference data rows are checked against. */
export interface RegisterLookups {
  /** Specials by code; a name lets a sheet give the special by name. */
  specials: readonly { code: string; name?: string }[];
  /** Districts (GB/T 2260); a sheet may give the code or the name (渝北区, or 渝北). */
  districts: readonly { code: string; name: string }[];
  /** The funding source catalogue (reference/plan-2020-2022.json `fundingSources`). */
  fundingSources: readonly string[];
  /** Known owners: when given, a USCC that belongs to a different known owner is a problem. */
  organisations?: readonly { name: string; uscc: string | null }[];
  /** Known lead departments: when given, any other name is a problem. */
  departments?: readonly string[];
  /** Division codes accepted in the area block of 投资项目代码 besides the districts' (e.g. 500000). */
  projectCodeAreas?: readonly string[];
}

/** The lookups indexed by their compared forms. */
export interface LookupIndex {
  specials: Map<string, string>;
  districts: Map<string, string>;
  fundingSources: Map<string, string>;
  ownersByUscc: Map<string, string> | null;
  departments: Set<string> | null;
  projectCodeAreas: Set<string>;
}

/** Compared form of a name: half-width, no whitespace, brackets unified, lower case. */
export const nameKey = headerKey;

/** 渝北区 → 渝北, 石柱土家族自治县 → 石柱 (also known as 石柱县). */
const DISTRICT_SUFFIX = /(?:(?:土家族|苗族)+自治县|区|县)$/;

function buildIndex(l: RegisterLookups): LookupIndex {
  const specials = new Map<string, string>();
  for (const s of l.specials) {
    specials.set(compactCode(s.code), s.code);
    if (s.name) specials.set(compactCode(s.name), s.code);
  }
  const districts = new Map<string, string>();
  const shortNames = new Map<string, string[]>();
  for (const d of l.districts) {
    districts.set(compactCode(d.code), d.code);
    districts.set(compactCode(d.name), d.code);
    const short = d.name.replace(DISTRICT_SUFFIX, "");
    const shortForms = d.name.endsWith("自治县") ? [short, `${short}县`] : [short];
    for (const form of shortForms.map(compactCode))
      shortNames.set(form, [...(shortNames.get(form) ?? []), d.code]);
  }
  for (const [short, codes] of shortNames) {
    if (codes.length === 1 && !districts.has(short) && codes[0]) districts.set(short, codes[0]);
  }
  const ownersByUscc = l.organisations
    ? new Map(l.organisations.flatMap((o) => (o.uscc ? [[compactCode(o.uscc), o.name] as const] : [])))
    : null;
  return {
    specials,
    districts,
    fundingSources: new Map(l.fundingSources.map((s) => [nameKey(s), s])),
    ownersByUscc,
    departments: l.departments ? new Set(l.departments.map(nameKey)) : null,
    projectCodeAreas: new Set([...l.districts.map((d) => d.code), ...(l.projectCodeAreas ?? [])]),
  };
}

const cache = new WeakMap<RegisterLookups, LookupIndex>();

/** The index of a lookups object, built once per object. */
export function indexLookups(lookups: RegisterLookups): LookupIndex {
  let index = cache.get(lookups);
  if (!index) {
    index = buildIndex(lookups);
    cache.set(lookups, index);
  }
  return index;
}
