import { describe, expect, it } from "vitest";
import { useCliDatabase } from "../../testing/cli.js";

const cli = useCliDatabase();

describe("newinfra user and audit commands", () => {
  it("adds a user with a generated password shown once, and refuses duplicates and bad roles", async () => {
    expect((await cli.run("seed", "--demo")).code).toBe(0);
    const added = await cli.run(
      "user",
      "add",
      "--username",
      "jiangbei",
      "--name",
      "江北区项目办",
      "--org",
      "重庆市江北区人民政府",
      "--role",
      "district",
    );
    expect(added.code).toBe(0);
    expect(added.out).toMatch(/初始密码.*: \S{16}$/m);
    const again = await cli.run(
      "user",
      "add",
      "--username",
      "JiangBei",
      "--org",
      "重庆市江北区人民政府",
      "--role",
      "district",
    );
    expect(again.code).toBe(1);
    expect(again.err).toContain("用户名已存在");
    const badRole = await cli.run(
      "user",
      "add",
      "--username",
      "x1y2z3",
      "--org",
      "重庆市江北区人民政府",
      "--role",
      "mayor",
    );
    expect(badRole.code).toBe(1);
    expect(badRole.err).toMatch(/roles/);
    const noOrg = await cli.run(
      "user",
      "add",
      "--username",
      "x1y2z3",
      "--org",
      "不存在的单位",
      "--role",
      "owner",
    );
    expect(noOrg.err).toContain("单位不存在");
  });

  it("resets, locks and unlocks accounts", async () => {
    const reset = await cli.run("user", "reset", "yubei");
    expect(reset.code).toBe(0);
    expect(reset.out).toMatch(/: \S{16}$/m);
    expect((await cli.run("user", "lock", "yubei")).code).toBe(0);
    expect((await cli.run("user", "unlock", "yubei")).code).toBe(0);
    const missing = await cli.run("user", "lock", "nobody");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("用户不存在");
  });

  it("verifies the audit chain, and names the first tampered entry with exit 1", async () => {
    const intact = await cli.run("audit", "verify");
    expect(intact.code).toBe(0);
    expect(intact.out).toMatch(/审计日志完整：\d+条记录/);
    await cli.sql("alter table audit_log disable trigger user");
    await cli.sql("update audit_log set actor_username = 'mallory' where seq = 2");
    await cli.sql("alter table audit_log enable trigger user");
    const broken = await cli.run("audit", "verify");
    expect(broken.code).toBe(1);
    expect(broken.err).toContain("第 2 条");
    expect(broken.err).toContain("Audit chain broken at seq 2");
  });
});
