import { describe, expect, it } from "vitest";
import type { DistrictRef } from "../plan.js";
import { districtShortName } from "./districts.js";
import { nameProject } from "./names.js";
import { createRandom } from "./random.js";

const district = (code: string, name: string, region: string, subregion: string | null): DistrictRef => ({
  code,
  name,
  nameEn: name,
  kind: "区",
  region,
  subregion,
});
const YUBEI = district("500112", "渝北区", "主城都市区", "中心城区");
const BEIBEI = district("500109", "北碚区", "主城都市区", "中心城区");
const WANZHOU = district("500101", "万州区", "渝东北", null);
const districtByName = new Map([YUBEI, BEIBEI, WANZHOU].map((d) => [d.name, d]));

describe("districtShortName", () => {
  it("drops 区, 县 and the autonomous-county suffix but keeps one-character names whole", () => {
    expect(districtShortName("渝北区")).toBe("渝北");
    expect(districtShortName("城口县")).toBe("城口");
    expect(districtShortName("石柱土家族自治县")).toBe("石柱");
    expect(districtShortName("彭水苗族土家族自治县")).toBe("彭水");
    expect(districtShortName("忠县")).toBe("忠县");
  });
});

describe("nameProject", () => {
  it("fills district placeholders and never repeats a name", () => {
    const used = new Set<string>();
    const random = createRandom(1);
    const templates = { patterns: ["{区}智慧城市管理平台{期}", "{区简}数字孪生城市建设项目"] };
    const names = Array.from(
      { length: 12 },
      () =>
        nameProject(templates, { district: WANZHOU, level: "district", districtByName }, random, used).name,
    );
    expect(new Set(names).size).toBe(12);
    for (const name of names) expect(name.startsWith("万州")).toBe(true);
  });

  it("moves the project to the district a pattern or word fixes, and takes the owner the word names", () => {
    const random = createRandom(2);
    const fixed = nameProject(
      { patterns: [{ name: "两江水土云计算中心扩建项目", district: "北碚区" }] },
      { district: WANZHOU, level: "municipal", districtByName },
      random,
      new Set(),
    );
    expect(fixed.district).toBe(BEIBEI);
    const owned = nameProject(
      {
        patterns: ["{校}科研平台"],
        words: {
          校: [{ text: "西南大学", owner: { name: "西南大学", kind: "institution" }, district: "北碚区" }],
        },
      },
      { district: YUBEI, level: "municipal", districtByName },
      random,
      new Set(),
    );
    expect(owned).toMatchObject({ name: "西南大学科研平台", district: BEIBEI, owner: { name: "西南大学" } });
  });

  it("gives district-level projects a district-bound name, or treats them as municipal when there is none", () => {
    const random = createRandom(3);
    const cityOnly = nameProject(
      { patterns: ["重庆市公共卫生数据共享平台"] },
      { district: YUBEI, level: "district", districtByName },
      random,
      new Set(),
    );
    expect(cityOnly.level).toBe("municipal");
  });

  it("adds a phase number when every pattern is taken", () => {
    const used = new Set(["城市视频分析服务平台"]);
    const next = nameProject(
      { patterns: ["城市视频分析服务平台"] },
      { district: YUBEI, level: "municipal", districtByName },
      createRandom(4),
      used,
    );
    expect(next.name).toBe("城市视频分析服务平台（二期）");
  });
});
