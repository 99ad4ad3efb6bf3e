import { describe, expect, it } from "vitest";
import { unwrapAntdLocale } from "./antd-locale.js";

describe("unwrapAntdLocale", () => {
  const locale = { locale: "zh-cn" };

  it("finds the locale at any of the depths bundlers put it", () => {
    expect(unwrapAntdLocale(locale)).toBe(locale);
    expect(unwrapAntdLocale({ default: locale })).toBe(locale);
    expect(unwrapAntdLocale({ default: { default: locale } })).toBe(locale);
  });

  it("rejects a module without a locale", () => {
    expect(() => unwrapAntdLocale({ default: {} })).toThrow(/not an Ant Design locale/);
  });
});
