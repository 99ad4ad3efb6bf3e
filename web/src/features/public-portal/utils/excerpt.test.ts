import { describe, expect, it } from "vitest";
import { excerpt, paragraphs } from "./excerpt.js";
import { parsePublicationKind } from "./publication-kind.js";

describe("excerpt", () => {
  it("keeps a short text whole, folding its line breaks", () => {
    expect(excerpt("第一段\n\n第二段", 20)).toBe("第一段 第二段");
  });

  it("cuts a long text at the limit with an ellipsis", () => {
    expect(excerpt("两江新区工业互联网平台示范", 6)).toBe("两江新区工业…");
  });

  it("never splits a character outside the basic plane", () => {
    expect(excerpt("𠀀𠀁𠀂𠀃", 2)).toBe("𠀀𠀁…");
  });
});

describe("paragraphs", () => {
  it("drops blank lines", () => {
    expect(paragraphs("一\n\n  二  \r\n三")).toEqual(["一", "二", "三"]);
  });
});

describe("parsePublicationKind", () => {
  it("accepts the three kinds and defaults to cases", () => {
    expect(parsePublicationKind("need")).toBe("need");
    expect(parsePublicationKind("product")).toBe("product");
    expect(parsePublicationKind(null)).toBe("case");
    expect(parsePublicationKind("other")).toBe("case");
  });
});
