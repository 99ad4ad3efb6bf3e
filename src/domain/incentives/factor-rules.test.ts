import { describe, expect, it } from "vitest";
import { addDays, assertFactorMove, isOverdue } from "./factor-rules.js";

describe("factor requests", () => {
  it("lets the handling unit take up, resolve or decline a request, and the owner withdraw it", () => {
    expect(() => assertFactorMove("open", "in_progress", "handler")).not.toThrow();
    expect(() => assertFactorMove("in_progress", "resolved", "handler")).not.toThrow();
    expect(() => assertFactorMove("open", "declined", "handler")).not.toThrow();
    expect(() => assertFactorMove("in_progress", "withdrawn", "owner")).not.toThrow();
  });

  it("refuses the owner a result, the handler a withdrawal, and any move out of a closed request", () => {
    expect(() => assertFactorMove("open", "resolved", "owner")).toThrow(/cannot mark a request resolved/);
    expect(() => assertFactorMove("open", "withdrawn", "handler")).toThrow(/Only the owner/);
    expect(() => assertFactorMove("resolved", "in_progress", "handler")).toThrow(/cannot become/);
    expect(() => assertFactorMove("withdrawn", "open", "owner")).toThrow(/cannot become/);
  });

  it("dates: due dates across month ends, overdue only while open", () => {
    expect(addDays("2022-12-15", 30)).toBe("2023-01-14");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(isOverdue("open", "2022-12-30", "2022-12-31")).toBe(true);
    expect(isOverdue("in_progress", "2022-12-31", "2022-12-31")).toBe(false);
    expect(isOverdue("resolved", "2022-01-01", "2022-12-31")).toBe(false);
  });
});
