import type { DistrictRef, ProjectLevel, SpecialRef } from "../plan.js";
import { PARKS, SPECIALTIES, areaLabel, districtShortName } from "./districts.js";
import { FUSION_NAMES } from "./name-templates-fusion.js";
import { INFORMATION_NAMES } from "./name-templates-information.js";
import { INNOVATION_NAMES } from "./name-templates-innovation.js";
import { type NamePattern, type NameTemplates, SHARED_WORDS } from "./name-patterns.js";
import type { KnownOwner } from "./owner-catalogue.js";
import type { Random } from "./random.js";

const TEMPLATES: Readonly<Record<string, NameTemplates>> = {
  ...INFORMATION_NAMES,
  ...FUSION_NAMES,
  ...INNOVATION_NAMES,
};

/** Patterns for a special the tables do not know: its own name with a district in front. */
function fallbackTemplates(special: SpecialRef): NameTemplates {
  return { patterns: [`{区}${special.zh}项目{期}`, `{区简}${special.zh}建设工程{期}`] };
}

export function nameTemplatesOf(special: SpecialRef): NameTemplates {
  return TEMPLATES[special.code] ?? fallbackTemplates(special);
}

/** Where a name puts the project, at what level, and who builds it when the name says so. */
export interface ProjectIdentity {
  name: string;
  district: DistrictRef;
  level: ProjectLevel;
  owner: KnownOwner | null;
}

export interface NamingContext {
  district: DistrictRef;
  level: ProjectLevel;
  districtByName: ReadonlyMap<string, DistrictRef>;
}

const PLACEHOLDER = /\{([^{}]+)\}/g;
const DISTRICT_BOUND = new Set(["区", "区简", "园", "特产", "片区"]);
const PHASES = ["", "（一期）", "（二期）", "（三期）"];
const PHASE_WEIGHTS = [6, 1.5, 2, 1];

function builtIn(key: string, district: DistrictRef, random: Random): string | null | undefined {
  switch (key) {
    case "区":
      return district.name;
    case "区简":
      return districtShortName(district.name);
    case "园": {
      const parks = PARKS[district.name];
      return parks ? random.pick(parks) : null;
    }
    case "特产":
      return SPECIALTIES[district.name] ?? null;
    case "片区":
      return district.subregion === "中心城区" ? null : areaLabel(district);
    case "期":
      return random.weighted(PHASES, PHASE_WEIGHTS);
    default:
      return undefined;
  }
}

const fill = (text: string, values: ReadonlyMap<string, string>) =>
  text.replace(PLACEHOLDER, (_, key: string) => values.get(key) ?? "");

/** Fills one pattern, or returns null when it does not fit the district or level. */
function tryPattern(
  source: NamePattern,
  templates: NameTemplates,
  context: NamingContext,
  random: Random,
): ProjectIdentity | null {
  const pattern = typeof source === "string" ? { name: source } : source;
  const keys = [...new Set([...pattern.name.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ""))];
  const districtBound = pattern.district !== undefined || keys.some((k) => DISTRICT_BOUND.has(k));
  if (context.level === "district" && !districtBound) return null;

  let district = context.district;
  if (pattern.district) {
    const fixed = context.districtByName.get(pattern.district);
    if (!fixed) return null;
    district = fixed;
  }
  let owner: KnownOwner | null = pattern.owner ?? null;
  const values = new Map<string, string>();
  for (const key of keys.filter((k) => !DISTRICT_BOUND.has(k) && k !== "期")) {
    const words = templates.words?.[key] ?? SHARED_WORDS[key];
    if (!words) throw new RangeError(`unknown placeholder {${key}} in ${pattern.name}`);
    const word = random.pick(words);
    const choice = typeof word === "string" ? { text: word } : word;
    if (choice.district) {
      const fixed = context.districtByName.get(choice.district);
      if (!fixed || (pattern.district && fixed !== district)) return null;
      district = fixed;
    }
    if (choice.owner) owner = choice.owner;
    values.set(key, choice.text);
  }
  for (const key of keys.filter((k) => DISTRICT_BOUND.has(k) || k === "期")) {
    const value = builtIn(key, district, random);
    if (value === null || value === undefined) return null;
    values.set(key, value);
  }
  const name = fill(pattern.name, values);
  // A name that starts with the city is a municipal project unless the pattern says otherwise.
  const level =
    pattern.level ??
    (name.startsWith("重庆市") && context.level === "national" ? "municipal" : context.level);
  return {
    name,
    district,
    level,
    owner: owner ? { ...owner, name: fill(owner.name, values) } : null,
  };
}

const NUMERALS = [..."〇一二三四五六七八九十"];
const ATTEMPTS = 80;

/**
 * Draws a name for a project that no other project in `used` has, and records it. District-level
 * projects get a name tied to their district; when a special has none, the project is treated as
 * municipal. If every draw collides, the name gets a further phase number.
 */
export function nameProject(
  templates: NameTemplates,
  context: NamingContext,
  random: Random,
  used: Set<string>,
): ProjectIdentity {
  let fallback: ProjectIdentity | null = null;
  for (const level of context.level === "district" ? (["district", "municipal"] as const) : [context.level]) {
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      const identity = tryPattern(random.pick(templates.patterns), templates, { ...context, level }, random);
      if (!identity) continue;
      fallback ??= identity;
      if (!used.has(identity.name)) {
        used.add(identity.name);
        return identity;
      }
    }
  }
  if (!fallback) throw new RangeError("no name pattern fits this project");
  const base = fallback.name.replace(/（[一二三]期）$/, "");
  for (let n = 2; ; n++) {
    const name = `${base}（${NUMERALS[n] ?? String(n)}期）`;
    if (!used.has(name)) {
      used.add(name);
      return { ...fallback, name };
    }
  }
}
