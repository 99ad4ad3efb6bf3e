import { describe, expect, it } from "vitest";
import { parseLanguage } from "./language.js";
import { messagesEn } from "./messages-en.js";
import { messagesZh } from "./messages-zh.js";
import { interpolate, pickLabel, translate } from "./translate.js";
import { translateDataTerm } from "./data-labels.js";

describe("translate", () => {
  it("fills placeholders in the chosen language", () => {
    expect(translate("zh", "projects.count", { total: 16, amount: "171.60" })).toBe(
      "共 16 个项目，总投资 171.60 亿元",
    );
    expect(translate("en", "pager.page", { n: 2 })).toBe("Page 2");
  });

  it("leaves an unknown placeholder visible", () => {
    expect(interpolate("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });

  it("has a non-empty English text for every Chinese key", () => {
    for (const key of Object.keys(messagesZh) as (keyof typeof messagesZh)[]) {
      expect(messagesEn[key], key).toMatch(/\S/);
    }
  });

  it("keeps the same placeholders in both languages", () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(messagesZh) as (keyof typeof messagesZh)[]) {
      expect(names(messagesEn[key]), key).toEqual(names(messagesZh[key]));
    }
  });
});

describe("pickLabel", () => {
  it("picks English in English and falls back to Chinese when English is empty", () => {
    expect(pickLabel("en", { zh: "在建", en: "Under construction" })).toBe("Under construction");
    expect(pickLabel("en", { zh: "在建", en: "" })).toBe("在建");
    expect(pickLabel("zh", { zh: "在建", en: "Under construction" })).toBe("在建");
  });
});

describe("parseLanguage", () => {
  it("defaults to Chinese for anything but en", () => {
    expect(parseLanguage("en")).toBe("en");
    expect(parseLanguage(null)).toBe("zh");
    expect(parseLanguage("fr")).toBe("zh");
  });
});

describe("translateDataTerm", () => {
  it("names known regions in English and passes unknown terms through", () => {
    expect(translateDataTerm("en", "渝东北")).toBe("Northeast Chongqing");
    expect(translateDataTerm("en", "某新区")).toBe("某新区");
    expect(translateDataTerm("zh", "渝东北")).toBe("渝东北");
  });
});
