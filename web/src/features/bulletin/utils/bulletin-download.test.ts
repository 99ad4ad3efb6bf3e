import { describe, expect, it } from "vitest";
import { attachmentName, bulletinMonthOf, bulletinUrl } from "./bulletin-download.js";

describe("bulletin downloads", () => {
  it("addresses a month's bulletin by format", () => {
    expect(bulletinUrl("2021-06", "pdf")).toBe("/api/v1/bulletins/2021-06/pdf");
    expect(bulletinUrl("2021-06", "xlsx")).toBe("/api/v1/bulletins/2021-06/xlsx");
  });

  it("takes the month from the address, else last month in Chongqing", () => {
    expect(bulletinMonthOf(new URLSearchParams("month=2021-06"))).toBe("2021-06");
    const julyFirstInChongqing = new Date("2021-06-30T23:30:00Z");
    expect(bulletinMonthOf(new URLSearchParams("month=2021-13"), julyFirstInChongqing)).toBe("2021-06");
    expect(bulletinMonthOf(new URLSearchParams(""), julyFirstInChongqing)).toBe("2021-06");
  });

  it("names the saved file from the UTF-8 filename of the response", () => {
    const header = `attachment; filename="newinfra-bulletin-2021-06.pdf"; filename*=UTF-8''${encodeURIComponent("调度通报-2021年6月-渝北区.pdf")}`;
    expect(attachmentName(header, "x.pdf")).toBe("调度通报-2021年6月-渝北区.pdf");
    expect(attachmentName('attachment; filename="plain.xlsx"', "x.xlsx")).toBe("plain.xlsx");
    expect(attachmentName("attachment; filename*=UTF-8''%E0%A4%A", "x.xlsx")).toBe("x.xlsx");
    expect(attachmentName(null, "x.xlsx")).toBe("x.xlsx");
  });
});
