import type { ProjectDetail } from "../../../../../src/domain/contracts/project.js";

export interface FundingRow {
  key: string;
  source: string;
  plannedFen: string;
  securedFen: string;
  /** planned − secured; zero or negative means the source is fully secured. */
  gapFen: string;
  isTotal: boolean;
}

/** The funding table's rows with each source's gap, and a total row computed exactly in fen. */
export function fundingRows(funding: ProjectDetail["funding"]): FundingRow[] {
  let planned = 0n;
  let secured = 0n;
  const rows = funding.map((f, index) => {
    const p = BigInt(f.plannedFen);
    const s = BigInt(f.securedFen);
    planned += p;
    secured += s;
    return {
      key: `${index}-${f.source}`,
      source: f.source,
      plannedFen: f.plannedFen,
      securedFen: f.securedFen,
      gapFen: (p - s).toString(),
      isTotal: false,
    };
  });
  if (rows.length === 0) return rows;
  return [
    ...rows,
    {
      key: "total",
      source: "",
      plannedFen: planned.toString(),
      securedFen: secured.toString(),
      gapFen: (planned - secured).toString(),
      isTotal: true,
    },
  ];
}
