import { describe, expect, it } from "vitest";
import { rankDistrictsByInvestment, regionsOf, type DistrictRow } from "./rank-districts.js";

const row = (code: string, investmentFen: string, region = "主城都市区"): DistrictRow => ({
  code,
  name: code,
  region,
  projects: 1,
  investmentFen,
});

describe("rankDistrictsByInvestment", () => {
  it("ranks by exact fen, largest first, ties by code", () => {
    const ranked = rankDistrictsByInvestment([
      row("500103", "9007199254740993"),
      row("500101", "9007199254740992"),
      row("500112", "9007199254740993"),
      row("500240", "0"),
    ]);
    expect(ranked.map((d) => d.code)).toEqual(["500103", "500112", "500101", "500240"]);
  });

  it("does not reorder its input", () => {
    const input = [row("a", "1"), row("b", "2")];
    rankDistrictsByInvestment(input);
    expect(input.map((d) => d.code)).toEqual(["a", "b"]);
  });
});

describe("regionsOf", () => {
  it("lists regions once, in first-seen order", () => {
    expect(regionsOf([row("a", "1", "渝东北"), row("b", "1"), row("c", "1", "渝东北")])).toEqual([
      "渝东北",
      "主城都市区",
    ]);
  });
});
