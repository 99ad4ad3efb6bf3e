import { describe, expect, it } from "vitest";
import type { Publication } from "../../../../../src/domain/contracts/publication.js";
import { formFieldPath, toFormValues, toPublicationInput } from "./publication-form.js";

const publication: Publication = {
  id: 3,
  kind: "product",
  title: "城市大脑",
  body: "正文",
  images: [{ name: "a.png", caption: "", width: 800, height: 600, mediaType: "image/png" }],
  projects: [{ id: 12, name: "数字重庆城市大脑", specialCode: "APP-1", districtCode: "500112" }],
  status: "draft",
  publishedAt: null,
  version: 4,
  updatedAt: "2026-11-26T09:00:00Z",
};

describe("publication form values", () => {
  it("round-trip an item to the request body", () => {
    expect(toPublicationInput(toFormValues(publication))).toEqual({
      kind: "product",
      title: "城市大脑",
      body: "正文",
      projectIds: [12],
      images: [{ name: "a.png", caption: "", width: 800, height: 600, mediaType: "image/png" }],
    });
  });

  it("trim what was typed and fill an empty caption", () => {
    const input = toPublicationInput({
      kind: "case",
      title: "  标题 ",
      body: "\n正文\n",
      projects: [],
      images: [{ name: " b.jpg ", width: 10, height: 20, mediaType: "image/jpeg" }],
    });
    expect(input.title).toBe("标题");
    expect(input.body).toBe("正文");
    expect(input.images[0]).toEqual({
      name: "b.jpg",
      caption: "",
      width: 10,
      height: 20,
      mediaType: "image/jpeg",
    });
  });
});

describe("formFieldPath", () => {
  it("maps the API's field names onto the form", () => {
    expect(formFieldPath("images.0.width")).toEqual(["images", 0, "width"]);
    expect(formFieldPath("projectIds")).toEqual(["projects"]);
    expect(formFieldPath("title")).toEqual(["title"]);
  });
});
