import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError } from "../domain/contracts/common.js";
import type { Publication, PublicPublication } from "../domain/contracts/publication.js";
import { seededApp, type Client, type TestApp } from "../testing/app.js";

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await seededApp();
  admin = await t.as("admin");
});
afterAll(() => t.close());

const draft = {
  kind: "case",
  title: "两江新区智慧城市示范",
  body: "以城市智能中枢为底座，汇聚交通、环保与城管数据。",
  projectIds: [1, 2],
  images: [{ name: "hub.png", caption: "智能中枢", width: 1200, height: 800, mediaType: "image/png" }],
};

describe("the public portal", () => {
  it("shows nothing unpublished, then the item once published, then nothing after unpublishing", async () => {
    const created = await admin({ method: "POST", url: "/api/v1/publications", payload: draft });
    expect(created.statusCode).toBe(201);
    const item = created.json<Publication>();
    expect(item).toMatchObject({ status: "draft", version: 1, publishedAt: null });
    expect(item.projects.map((p) => p.id)).toEqual([1, 2]);

    const publicList = () => t.anonymous({ method: "GET", url: "/api/v1/public/publications" });
    expect((await publicList()).json<{ items: PublicPublication[] }>().items).toEqual([]);
    expect(
      (await t.anonymous({ method: "GET", url: `/api/v1/public/publications/${item.id}` })).statusCode,
    ).toBe(404);

    const published = await admin({
      method: "POST",
      url: `/api/v1/publications/${item.id}/publish`,
      payload: { version: 1 },
    });
    expect(published.json<Publication>()).toMatchObject({ status: "published", version: 2 });
    const visible = (await publicList()).json<{ items: PublicPublication[] }>().items;
    expect(visible.map((p) => p.title)).toEqual([draft.title]);
    expect(Object.keys(visible[0]!.projects[0]!).sort()).toEqual([
      "districtCode",
      "id",
      "name",
      "specialCode",
    ]);

    await admin({
      method: "POST",
      url: `/api/v1/publications/${item.id}/unpublish`,
      payload: { version: 2 },
    });
    expect((await publicList()).json<{ items: PublicPublication[] }>().items).toEqual([]);
  });

  it("refuses a stale version with 409 and changes nothing", async () => {
    const item = (
      await admin({ method: "POST", url: "/api/v1/publications", payload: draft })
    ).json<Publication>();
    await admin({
      method: "PATCH",
      url: `/api/v1/publications/${item.id}`,
      payload: { version: 1, title: "新标题" },
    });
    const stale = await admin({
      method: "PATCH",
      url: `/api/v1/publications/${item.id}`,
      payload: { version: 1, title: "旧标题" },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ApiError>().error.code).toBe("version_conflict");
    const all = (await admin({ method: "GET", url: "/api/v1/publications" })).json<{ items: Publication[] }>()
      .items;
    expect(all.find((p) => p.id === item.id)?.title).toBe("新标题");
  });

  it("names the bad field for unknown projects, bad kinds and empty titles", async () => {
    const unknown = await admin({
      method: "POST",
      url: "/api/v1/publications",
      payload: { ...draft, projectIds: [99999] },
    });
    expect(unknown.json<ApiError>().error).toMatchObject({ field: "projectIds" });
    const kind = await admin({
      method: "POST",
      url: "/api/v1/publications",
      payload: { ...draft, kind: "ad" },
    });
    expect(kind.json<ApiError>().error.field).toBe("kind");
    const title = await admin({
      method: "POST",
      url: "/api/v1/publications",
      payload: { ...draft, title: "   " },
    });
    expect(title.json<ApiError>().error.field).toBe("title");
  });

  it("lets only the city manage content; the auditor and others get 403", async () => {
    for (const username of ["auditor", "yubei", "owner1"]) {
      const client = await t.as(username);
      expect(
        (await client({ method: "POST", url: "/api/v1/publications", payload: draft })).statusCode,
        username,
      ).toBe(403);
      expect((await client({ method: "GET", url: "/api/v1/publications" })).statusCode, username).toBe(403);
    }
  });
});

describe("editing a publication", () => {
  it("changes only the fields sent", async () => {
    const item = (
      await admin({ method: "POST", url: "/api/v1/publications", payload: draft })
    ).json<Publication>();
    const edited = await admin({
      method: "PATCH",
      url: `/api/v1/publications/${item.id}`,
      payload: { version: 1, title: "只改标题" },
    });
    expect(edited.json<Publication>()).toMatchObject({
      title: "只改标题",
      body: draft.body,
      images: draft.images,
    });
    expect(edited.json<Publication>().projects.map((p) => p.id)).toEqual([1, 2]);
  });
});
