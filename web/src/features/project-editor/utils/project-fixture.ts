import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";

/** A stored project for tests, with fields overridden as a test needs. */
export function buildProject(overrides: Partial<ProjectDetail> = {}): ProjectDetail {
  return {
    id: 376,
    code: null,
    name: "两江新区边缘计算节点",
    sectorCode: "COMP",
    specialCode: "COMP-2",
    districtCode: "500112",
    level: "municipal",
    stage: "planning",
    planCategory: null,
    ownerName: "重庆云信数字科技有限公司",
    totalInvestmentFen: "12345600000",
    completedInvestmentFen: "0",
    plannedStart: "2021-03-01",
    plannedEnd: "2022-12-31",
    updatedAt: "2026-11-26T09:40:38.080Z",
    description: "",
    owner: { id: 121, name: "重庆云信数字科技有限公司", uscc: "91500113MA5URN628A" },
    leadDepartment: null,
    suspendedFrom: null,
    actualStart: null,
    actualEnd: null,
    openingCompletedFen: "0",
    version: 3,
    finalInvestmentFen: null,
    reserveSince: null,
    funding: [{ source: "企业自筹/社会资本", plannedFen: "5000000000", securedFen: "1000000000" }],
    annualPlans: [{ year: 2021, plannedFen: "3000000000" }],
    progress: [],
    ...overrides,
  };
}
