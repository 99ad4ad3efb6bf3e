import { afterEach, describe, expect, it } from "vitest";
import { AppError } from "../../domain/errors.js";
import { withChromium } from "./chromium.js";

const saved = process.env.NEWINFRA_CHROMIUM;
afterEach(() => {
  if (saved === undefined) delete process.env.NEWINFRA_CHROMIUM;
  else process.env.NEWINFRA_CHROMIUM = saved;
});

describe("the bulletin's Chromium", () => {
  it("answers 503 in both languages, naming what to install, when the browser is missing", async () => {
    process.env.NEWINFRA_CHROMIUM = "/nonexistent/chromium";
    const failure = await withChromium(() => Promise.resolve("rendered")).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(AppError);
    const err = failure as AppError;
    expect([err.status, err.code]).toEqual([503, "renderer_unavailable"]);
    expect(err.messageZh).toContain("/nonexistent/chromium");
    expect(err.messageEn).toContain("chromium");
  });

  it("does not hold later renders behind a failed one", async () => {
    process.env.NEWINFRA_CHROMIUM = "/nonexistent/chromium";
    await withChromium(() => Promise.resolve(1)).catch(() => undefined);
    const second = await withChromium(() => Promise.resolve(2)).catch((err: unknown) => err);
    expect(second).toBeInstanceOf(AppError);
  });
});
