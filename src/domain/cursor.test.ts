import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";

describe("keyset cursor", () => {
  it("round-trips, Chinese sort keys included", () => {
    const cursor = { sort: "name", order: "asc" as const, key: "重庆市5G网络", id: 42 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it("rejects anything that is not one of ours", () => {
    for (const junk of [
      "",
      "abc",
      "W10",
      Buffer.from('["name","up","k",1]').toString("base64url"),
      Buffer.from('["name","asc","k",1.5]').toString("base64url"),
    ]) {
      expect(decodeCursor(junk)).toBeNull();
    }
  });
});
