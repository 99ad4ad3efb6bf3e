import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, chainHash, GENESIS_HASH, verifyChain, type AuditContent } from "./audit-chain.js";

const entry = (seq: number, action = "project.updated"): AuditContent => ({
  seq,
  at: `2022-06-01T01:0${seq}:00.000Z`,
  actorUserId: 1,
  actorUsername: "admin",
  actorOrganisationId: 2,
  clientIp: "127.0.0.1",
  action,
  entityType: "project",
  entityId: String(seq),
  outcome: "ok",
  before: { b: 1, a: [1, { y: 2, x: 1 }] },
  after: null,
  details: null,
});

function chain(n: number, algorithm: "sha256" | "sm3" = "sha256") {
  const rows = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const content = entry(seq);
    const hash = chainHash(algorithm, prev, content);
    rows.push({ ...content, algorithm, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe("canonical JSON", () => {
  it("sorts keys at every depth and writes bigints as strings", () => {
    expect(canonicalJson({ b: 1, a: { d: 2n, c: [{ z: 1, y: 2 }] } })).toBe(
      '{"a":{"c":[{"y":2,"z":1}],"d":"2"},"b":1}',
    );
  });
});

describe("the audit hash chain", () => {
  it("uses SHA-256 or SM3 as configured (SM3 test vector from GB/T 32905)", () => {
    expect(createHash("sm3").update("abc").digest("hex")).toBe(
      "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
    );
    expect(chainHash("sm3", GENESIS_HASH, entry(1))).not.toBe(chainHash("sha256", GENESIS_HASH, entry(1)));
  });

  it("verifies an intact chain in either algorithm", () => {
    expect(verifyChain(chain(5), { seq: 0, hash: GENESIS_HASH }).problem).toBeNull();
    expect(verifyChain(chain(5, "sm3"), { seq: 0, hash: GENESIS_HASH }).problem).toBeNull();
  });

  it("names the first altered, deleted or relinked entry", () => {
    const altered = chain(5);
    altered[2] = { ...altered[2]!, action: "project.deleted" };
    expect(verifyChain(altered, { seq: 0, hash: GENESIS_HASH }).problem).toEqual({ seq: 3, reason: "hash" });

    const gap = chain(5).filter((r) => r.seq !== 4);
    expect(verifyChain(gap, { seq: 0, hash: GENESIS_HASH }).problem).toEqual({ seq: 4, reason: "gap" });

    const relinked = chain(5);
    relinked[1] = { ...relinked[1]!, prevHash: "f".repeat(64) };
    expect(verifyChain(relinked, { seq: 0, hash: GENESIS_HASH }).problem).toEqual({
      seq: 2,
      reason: "prev_hash",
    });
  });

  it("does not care in which order jsonb hands back the keys", () => {
    const rows = chain(1);
    const reordered = { ...rows[0]!, before: { a: [1, { x: 1, y: 2 }], b: 1 } };
    expect(verifyChain([reordered], { seq: 0, hash: GENESIS_HASH }).problem).toBeNull();
  });
});
