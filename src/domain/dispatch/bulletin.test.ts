import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { formatAmount } from "../money.js";
import {
  bulletinMonth,
  districtRanking,
  orderProblems,
  orderRedFlags,
  rankBy,
  type BulletinGroup,
} from "./bulletin.js";
import {
  bulletinFileName,
  bulletinTitle,
  periodWords,
  scopeInWords,
  summaryParagraphs,
} from "./bulletin-text.js";
import { bulletinFixture, figures } from "./test-fixtures.js";

const district = (
  key: string,
  completion: number | null,
  start: number | null,
  ytd = 100,
): BulletinGroup => ({
  key,
  zh: `区${key}`,
  ...figures({
    projects: 3,
    planned: 1000,
    month: 10,
    ytd,
    cumulative: 500,
    total: 2000,
    startsPlannedYear: 1,
    startsDue: 1,
    started: 1,
  }),
  completionRate: completion,
  startRate: start,
});

function thrown(run: () => unknown): AppError {
  try {
    run();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error("expected an error");
}

describe("bulletin month", () => {
  it("takes a YYYY-MM month up to the current one", () => {
    expect(bulletinMonth("2021-06", "2022-12-31")).toBe("2021-06");
    expect(bulletinMonth(" 2022-12 ", "2022-12-31")).toBe("2022-12");
  });

  it.each(["2021-6", "2021-13", "2021-00", "june", "", "2021-06-01"])(
    "refuses %j naming the month field in both languages",
    (text) => {
      const err = thrown(() => bulletinMonth(text, "2022-12-31"));
      expect(err.status).toBe(400);
      expect(err.field).toBe("month");
      expect(err.messageZh).toContain("YYYY-MM");
      expect(err.messageEn).toContain("YYYY-MM");
    },
  );

  it("refuses a month after the current business month", () => {
    const err = thrown(() => bulletinMonth("2023-01", "2022-12-31"));
    expect(err.field).toBe("month");
    expect(err.messageZh).toContain("未来月份");
  });
});

describe("rankings", () => {
  it("ranks by rate, highest first; equal rates share a rank and nulls come last unranked", () => {
    const ranked = rankBy(
      [
        district("a", 40, null),
        district("b", 75.5, null),
        district("c", null, null),
        district("d", 40, null, 300),
      ],
      "completionRate",
    );
    expect(ranked.map((r) => [r.item.key, r.rank])).toEqual([
      ["b", 1],
      ["d", 2],
      ["a", 2],
      ["c", null],
    ]);
  });

  it("gives each district its completion rank, its start rank and its reporting", () => {
    const rows = districtRanking({
      districts: [district("500112", 30, 90), district("500101", 60, 10), district("500236", 45, null)],
      reporting: {
        dueDate: "2021-07-10",
        totals: { due: 3, onTime: 2, late: 1, missing: 0 },
        byDistrict: [{ code: "500112", zh: "渝北区", due: 3, onTime: 2, late: 1, missing: 0 }],
      },
    });
    expect(rows.map((r) => [r.district.key, r.completionRank, r.startRank])).toEqual([
      ["500101", 1, 2],
      ["500236", 2, null],
      ["500112", 3, 1],
    ]);
    expect(rows[2]!.reporting?.late).toBe(1);
    expect(rows[0]!.reporting).toBeNull();
  });
});

describe("ordering", () => {
  it("lists red flags by district code, then by project number", () => {
    const { redFlags } = bulletinFixture();
    const extra = { ...redFlags[0]!, id: 3 };
    expect(orderRedFlags([...redFlags, extra]).map((f) => [f.districtCode, f.id])).toEqual([
      ["500101", 37],
      ["500112", 3],
      ["500112", 212],
    ]);
  });

  it("puts the most overdue problems first, then those due soonest", () => {
    const { problems } = bulletinFixture();
    expect(orderProblems(problems.items).map((p) => p.id)).toEqual([5, 7, 9]);
  });
});

describe("bulletin text", () => {
  it("titles the bulletin with the month in Chinese", () => {
    expect(bulletinTitle("2021-06")).toBe("重庆市新型基础设施重大项目调度通报（2021年6月）");
    expect(periodWords("2021-01")).toBe("1月");
    expect(periodWords("2021-11")).toBe("1–11月");
  });

  it("names files safely", () => {
    expect(bulletinFileName("2021-06", "全市", "pdf")).toBe("调度通报-2021年6月-全市.pdf");
    expect(bulletinFileName("2021-06", 'A/B:C "D"', "xlsx")).toBe("调度通报-2021年6月-A_B_C_D_.xlsx");
  });

  it("puts the scope in words", () => {
    expect(scopeInWords({ all: true })).toBe("全市");
    expect(scopeInWords({ all: false, parts: ["渝北区", "重大项目白名单"] })).toBe("渝北区、重大项目白名单");
    expect(scopeInWords({ all: false, parts: [] })).toBe("无可见项目");
  });

  it("summarises the month with the figures of the tables", () => {
    const data = bulletinFixture();
    const [first, second, third, ranking, kpis] = summaryParagraphs(data);
    const ytd = formatAmount(data.totals.yearToDateFen, "yi", 2);
    expect(first).toContain(`全市共 ${data.totals.projects} 个项目`);
    expect(first).toContain(`1–6月完成投资 ${ytd} 亿元，完成率 44.6%`);
    expect(first).toContain(`其中6月完成 ${formatAmount(data.totals.monthFen, "yi", 2)} 亿元`);
    expect(second).toContain(`已开工 ${data.totals.started} 个，开工率 61.5%`);
    expect(second).toContain("迟报 9 个，未报 5 个");
    expect(third).toContain(`红灯 ${data.totals.red} 个`);
    expect(third).toContain("未办结协调问题 3 个，其中逾期 2 个");
    expect(ranking).toMatch(
      /^投资完成率居前的区县：渝中区（63\.0%）、渝北区（58\.0%）、沙坪坝区（55\.0%）；/,
    );
    expect(ranking).toMatch(/居后的区县：奉节县（0\.0%）、铜梁区（12\.0%）、江北区（38\.0%）。$/);
    expect(kpis).toBe("发展目标 3 项：已达标 1 项、进度正常 1 项、暂无数据 1 项。");
  });

  it("leaves the district ranking out when there are too few districts to name", () => {
    const data = { ...bulletinFixture(), districts: bulletinFixture().districts.slice(0, 2), indicators: [] };
    const paragraphs = summaryParagraphs(data);
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs.join("")).not.toContain("居前");
  });

  it("shows a dash for a rate with nothing due", () => {
    const data = bulletinFixture();
    data.totals = { ...data.totals, completionRate: null };
    expect(summaryParagraphs(data)[0]).toContain("完成率 —");
  });
});
