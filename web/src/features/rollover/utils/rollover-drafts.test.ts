import { describe, expect, it } from "vitest";
import {
  decisionsBody,
  initialDrafts,
  parseTargets,
  shareOfTarget,
  type RolloverProposal,
} from "./rollover-drafts.js";

function buildProposal(): RolloverProposal {
  const project = (projectId: number, selected: boolean) => ({
    projectId,
    name: `项目${projectId}`,
    sectorCode: "NET",
    totalInvestmentFen: "100",
    score: 60,
    selected,
    cumulativeFen: "100",
    reasons: [],
  });
  return {
    year: 2022,
    sectors: [
      {
        sectorCode: "NET",
        targetFen: "150",
        selectedFen: "200",
        met: true,
        proposals: [project(14, true), project(9, true), project(376, false)],
      },
    ],
  };
}

describe("rollover drafts", () => {
  it("preselects each decision from the proposal", () => {
    expect(initialDrafts(buildProposal())).toEqual({
      14: { decision: "accepted", note: "" },
      9: { decision: "accepted", note: "" },
      376: { decision: "rejected", note: "" },
    });
  });

  it("records the edited decisions and trimmed notes in the proposal's order", () => {
    const proposal = buildProposal();
    const drafts = initialDrafts(proposal);
    drafts[9] = { decision: "rejected", note: "  资金未落实 " };
    expect(decisionsBody(proposal, drafts)).toEqual({
      year: 2022,
      decisions: [
        { projectId: 14, decision: "accepted", note: "" },
        { projectId: 9, decision: "rejected", note: "资金未落实" },
        { projectId: 376, decision: "rejected", note: "" },
      ],
    });
  });
});

describe("parseTargets", () => {
  it("turns 亿元 into fen, skips empty sectors and names invalid ones", () => {
    expect(parseTargets(["NET", "COMP", "SEC"], { NET: "300", COMP: "", SEC: "1.5亿" })).toEqual({
      targets: [{ sectorCode: "NET", targetFen: "3000000000000" }],
      invalid: ["SEC"],
    });
  });
});

describe("shareOfTarget", () => {
  it("is a whole percentage computed without floats", () => {
    expect(shareOfTarget("718845000000", "3000000000000")).toBe(23);
    expect(shareOfTarget("5", "0")).toBe(0);
    expect(shareOfTarget("9007199254740993", "9007199254740993")).toBe(100);
  });
});
