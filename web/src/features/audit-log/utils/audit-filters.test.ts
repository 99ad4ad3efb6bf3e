import { describe, expect, it } from "vitest";
import { buildQuery } from "../../../lib/api-client.js";
import { auditApiFilters, parseAuditFilters, serializeAuditFilters } from "./audit-filters.js";
import { auditExportUrl } from "./export-url.js";

describe("audit filters in the URL", () => {
  it("round-trip through the search string", () => {
    const filters = { from: "2026-11-01 00:00:00", actor: "yubei", outcome: "denied" as const };
    expect(parseAuditFilters(serializeAuditFilters(filters))).toEqual(filters);
  });

  it("drop unknown outcomes, malformed times and blanks", () => {
    const params = new URLSearchParams("outcome=maybe&from=yesterday&actor=%20&action=auth.login");
    expect(parseAuditFilters(params)).toEqual({ action: "auth.login" });
  });
});

describe("auditApiFilters", () => {
  it("sends Beijing wall-clock times as instants with their offset", () => {
    const query = auditApiFilters({
      from: "2026-11-01 00:00:00",
      to: "2026-11-30 23:59",
      action: "auth.login",
    });
    expect(query).toMatchObject({
      from: "2026-11-01T00:00:00+08:00",
      to: "2026-11-30T23:59:00+08:00",
      action: "auth.login",
    });
    expect(buildQuery(query)).toBe(
      "?from=2026-11-01T00%3A00%3A00%2B08%3A00&to=2026-11-30T23%3A59%3A00%2B08%3A00&action=auth.login",
    );
  });
});

describe("auditExportUrl", () => {
  it("carries the format and the same filters as the table", () => {
    expect(auditExportUrl({ actor: "admin", outcome: "ok" }, "csv")).toBe(
      "/api/v1/audit/export?format=csv&actor=admin&outcome=ok",
    );
  });
});
