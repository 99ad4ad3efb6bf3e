import { describe, expect, it } from "vitest";
import { useCliDatabase } from "../../testing/cli.js";

const cli = useCliDatabase();

describe("newinfra problems escalate", () => {
  it("moves an overdue problem one tier up once, audited, and finds nothing more on a second run", async () => {
    expect((await cli.run("seed", "--demo")).code).toBe(0);
    await cli.sql(
      `insert into coordination_problems (project_id, category, title, responsible_unit, due_date, raised_at)
       values ((select min(id) from projects), 'funds', '专项债资金未到位', '区财政局', '2000-01-01', now())`,
    );
    const first = await cli.run("problems", "escalate");
    expect(first.code, first.err).toBe(0);
    expect(first.out).toContain("逾期问题自动提级 1 个");
    expect(first.out).toMatch(/专项债资金未到位\s+业主 → 区县/);

    const again = await cli.run("problems", "escalate", "--json");
    expect(JSON.parse(again.out)).toMatchObject({ escalated: [] });
    expect((await cli.run("audit", "verify")).code).toBe(0);
  });

  it("answers an unknown subcommand with the usage, exit 2", async () => {
    const result = await cli.run("problems", "frobnicate");
    expect(result.code).toBe(2);
    expect(result.err).toContain("newinfra problems escalate");
  });
});
