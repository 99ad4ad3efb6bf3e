import type { DistrictRef } from "../plan.js";
import { districtShortName } from "./districts.js";
import {
  BANKS,
  BIG_DATA_COMPANY,
  BRAND_FIRST,
  BRAND_SECOND,
  CITY_SOES,
  HOSPITALS,
  type KnownOwner,
  LEADING_UNIVERSITIES,
  RESEARCH_INSTITUTES,
  RESEARCH_TOPICS,
  TELECOMS,
  UNIVERSITIES,
} from "./owner-catalogue.js";
import type { Random } from "./random.js";
import type { OwnerSource, SpecialProfile } from "./special-profiles.js";
import type { DemoOrganisation } from "./types.js";
import { digitBody, enterpriseBody, uniqueUscc } from "./uscc-issuer.js";

/** The 38 district governments (区县人民政府); they own no projects but carry territorial duty. */
export function districtGovernments(
  districts: readonly DistrictRef[],
  random: Random,
  usedUscc: Set<string>,
): DemoOrganisation[] {
  return districts.map((d) => ({
    key: `district-${d.code}`,
    name: `重庆市${d.name}人民政府`,
    uscc: uniqueUscc("11", d.code, () => digitBody("009", random), usedUscc),
    kind: "district_government",
    districtCode: d.code,
  }));
}

/** The banks of the bank–government–enterprise whitelist. */
export function banks(
  districtByName: ReadonlyMap<string, DistrictRef>,
  random: Random,
  usedUscc: Set<string>,
) {
  return BANKS.map((bank, i): DemoOrganisation => {
    const districtCode = (bank.district && districtByName.get(bank.district)?.code) ?? null;
    return {
      key: `bank-${i + 1}`,
      name: bank.name,
      uscc: uniqueUscc("91", districtCode ?? "500000", () => digitBody("20", random), usedUscc),
      kind: "bank",
      districtCode,
    };
  });
}

/**
 * How readily another enterprise appears: with k enterprises of the same sector and line of business
 * already owning projects, a new one is founded with probability NEW_ENTERPRISE / (k + NEW_ENTERPRISE),
 * so the count grows slowly and the established ones own several projects.
 */
const NEW_ENTERPRISE = 0.5;

/**
 * The project owners (项目法人), created on first use so that the same organisation can own several
 * projects. Names and USCCs are unique across the portfolio, including the other organisations.
 */
export class OwnerRegistry {
  readonly owners: DemoOrganisation[] = [];
  private readonly byName = new Map<string, DemoOrganisation>();
  private readonly enterprises: {
    owner: DemoOrganisation;
    sectorCode: string;
    business: string;
    projects: number;
  }[] = [];

  constructor(
    private readonly random: Random,
    private readonly districtByName: ReadonlyMap<string, DistrictRef>,
    private readonly usedUscc: Set<string>,
    private readonly usedNames: Set<string>,
  ) {}

  /** The owner a name implies, registered where the catalogue says or else in the project's district. */
  known(owner: KnownOwner, projectDistrict: DistrictRef): DemoOrganisation {
    const existing = this.byName.get(owner.name);
    if (existing) return existing;
    const district = (owner.district && this.districtByName.get(owner.district)) || projectDistrict;
    return this.create(owner.name, owner.kind, district);
  }

  /** Picks or creates an owner for a project of this special in this district. */
  choose(profile: SpecialProfile, sectorCode: string, district: DistrictRef): DemoOrganisation {
    const sources = Object.entries(profile.owners) as [OwnerSource, number][];
    const source = this.random.weighted(
      sources.map(([s]) => s),
      sources.map(([, w]) => w),
    );
    const short = districtShortName(district.name);
    switch (source) {
      case "telecom":
        return this.known(this.random.pick(Object.values(TELECOMS)), district);
      case "university":
        return this.known(
          this.random.weighted(
            UNIVERSITIES,
            UNIVERSITIES.map((u) => (LEADING_UNIVERSITIES.includes(u.name) ? 3 : 1)),
          ),
          district,
        );
      case "hospital":
        return this.known(this.random.pick(HOSPITALS), district);
      case "citySoe":
        // Airports, grids and ports come with their operator from the name; the rest go to the city's group.
        return this.known(CITY_SOES.城投, district);
      case "bigData":
        return this.known(BIG_DATA_COMPANY, district);
      case "research":
        return this.random.chance(0.75)
          ? this.known(this.random.pick(RESEARCH_INSTITUTES), district)
          : this.known(
              { name: `重庆${this.random.pick(RESEARCH_TOPICS)}研究院`, kind: "institution" },
              district,
            );
      case "districtInvest":
        return this.known({ name: `重庆${short}城市建设发展集团有限公司`, kind: "enterprise" }, district);
      case "districtData":
        return this.known({ name: `重庆市${district.name}大数据发展中心`, kind: "institution" }, district);
      case "districtHealth":
        return this.known({ name: `重庆市${district.name}人民医院`, kind: "institution" }, district);
      case "districtAgri":
        return this.known({ name: `重庆市${district.name}农业农村信息中心`, kind: "institution" }, district);
      case "tech":
        return this.enterprise(profile, sectorCode, district);
    }
  }

  private enterprise(profile: SpecialProfile, sectorCode: string, district: DistrictRef): DemoOrganisation {
    const peers = this.enterprises.filter(
      (e) => e.sectorCode === sectorCode && profile.enterpriseWords.includes(e.business),
    );
    if (peers.length > 0 && !this.random.chance(NEW_ENTERPRISE / (peers.length + NEW_ENTERPRISE))) {
      // Local firms first; among them the less busy ones, so work spreads instead of piling up.
      const local = peers.filter((e) => e.owner.districtCode === district.code);
      const pool = local.length > 0 && this.random.chance(0.6) ? local : peers;
      const chosen = this.random.weighted(
        pool,
        pool.map((e) => 1 / e.projects),
      );
      chosen.projects += 1;
      return chosen.owner;
    }
    const business = this.random.pick(profile.enterpriseWords);
    let name: string;
    do {
      const first = this.random.pick(BRAND_FIRST);
      const second = this.random.pick(BRAND_SECOND.filter((c) => c !== first));
      const form = this.random.chance(0.2) ? "股份有限公司" : "有限公司";
      name = `重庆${first}${second}${business}${form}`;
    } while (this.usedNames.has(name));
    const owner = this.create(name, "enterprise", district);
    this.enterprises.push({ owner, sectorCode, business, projects: 1 });
    return owner;
  }

  private create(name: string, kind: "enterprise" | "institution", district: DistrictRef): DemoOrganisation {
    if (this.usedNames.has(name)) throw new RangeError(`organisation name already used: ${name}`);
    const body =
      kind === "enterprise" ? () => enterpriseBody(this.random) : () => digitBody("45", this.random);
    const owner: DemoOrganisation = {
      key: `owner-${String(this.owners.length + 1).padStart(3, "0")}`,
      name,
      uscc: uniqueUscc(kind === "enterprise" ? "91" : "12", district.code, body, this.usedUscc),
      kind,
      districtCode: district.code,
    };
    this.usedNames.add(name);
    this.byName.set(name, owner);
    this.owners.push(owner);
    return owner;
  }
}
