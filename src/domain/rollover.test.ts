import { describe, expect, it } from "vitest";
import { proposeRollover, readiness, type RolloverCandidate } from "./rollover.js";

const candidate = (over: Partial<RolloverCandidate>): RolloverCandidate => ({
  projectId: 1,
  name: "项目",
  sectorCode: "COMP",
  totalInvestmentFen: 10n,
  hasCode: false,
  plannedFundingFen: 100n,
  securedFundingFen: 0n,
  reserveSince: null,
  plannedStart: null,
  ...over,
});

describe("rollover readiness", () => {
  it("weighs approvals, secured funding and time in the reserve", () => {
    expect(
      readiness(candidate({ hasCode: true, securedFundingFen: 100n, reserveSince: "2019-01-01" }), 2021)
        .score,
    ).toBe(100);
    expect(readiness(candidate({ securedFundingFen: 50n, reserveSince: "2020-01-01" }), 2021)).toEqual({
      score: 30,
      securedPct: 50,
      daysInReserve: 366,
    });
    expect(readiness(candidate({ plannedFundingFen: 0n }), 2021).score).toBe(0);
  });
});

describe("proposeRollover", () => {
  const pool = [
    candidate({ projectId: 1, totalInvestmentFen: 50n }),
    candidate({ projectId: 2, totalInvestmentFen: 30n, hasCode: true }),
    candidate({ projectId: 3, totalInvestmentFen: 40n, hasCode: true, securedFundingFen: 100n }),
    candidate({ projectId: 4, totalInvestmentFen: 99n, sectorCode: "NET", hasCode: true }),
  ];

  it("takes the readiest projects of the sector until the target is met, and explains each", () => {
    const [comp] = proposeRollover(pool, [{ sectorCode: "COMP", targetFen: 60n }], 2021);
    expect(comp!.proposals.map((p) => [p.projectId, p.selected])).toEqual([
      [3, true],
      [2, true],
      [1, false],
    ]);
    expect(comp).toMatchObject({ selectedFen: "70", met: true });
    expect(comp!.proposals[0]!.reasons.map((r) => r.zh)).toEqual(expect.arrayContaining(["资金落实率 100%"]));
    expect(comp!.proposals[2]!.reasons.at(-1)!.zh).toBe("未入选：板块目标已满足");
  });

  it("says when a sector's reserve cannot meet its target", () => {
    const [net] = proposeRollover(pool, [{ sectorCode: "NET", targetFen: 1000n }], 2021);
    expect(net).toMatchObject({ met: false, selectedFen: "99" });
    expect(net!.proposals.every((p) => p.selected)).toBe(true);
  });

  it("flags projects that would be brought forward", () => {
    const [comp] = proposeRollover(
      [candidate({ plannedStart: "2023-05-01" })],
      [{ sectorCode: "COMP", targetFen: 1n }],
      2021,
    );
    expect(comp!.proposals[0]!.reasons.map((r) => r.en)).toContain(
      "planned to start in 2023: would be brought forward",
    );
  });
});
