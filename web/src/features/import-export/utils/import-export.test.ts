import { describe, expect, it } from "vitest";
import { ApiRequestError } from "../../../lib/api-client.js";
import { readImportRejection } from "./import-outcome.js";
import { markedWorkbookUrl, uploadContentType } from "./upload-type.js";

describe("uploadContentType", () => {
  it("names the media type by the file's extension, whatever its case", () => {
    expect(uploadContentType("登记表.XLSX")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(uploadContentType("projects.csv")).toBe("text/csv");
    expect(uploadContentType("package.oc4ids.json")).toBe("application/json");
    expect(uploadContentType("old.xls")).toBeNull();
    expect(uploadContentType("noextension")).toBeNull();
  });
});

describe("markedWorkbookUrl", () => {
  it("points at the report's marked workbook", () => {
    expect(markedWorkbookUrl("0b9e6c1e-4f6a-4b8e-9a55-2a3c1d2e3f40")).toBe(
      "/api/v1/imports/0b9e6c1e-4f6a-4b8e-9a55-2a3c1d2e3f40/marked.xlsx",
    );
  });
});

describe("readImportRejection", () => {
  it("reads the problems and the report of a refused import", () => {
    const problem = {
      sheet: "项目",
      row: 5,
      column: "F",
      value: "abc",
      reason: "不是金额",
      reasonEn: "not an amount",
    };
    const error = new ApiRequestError(
      "http",
      422,
      { code: "import_failed", message: "导入失败", messageEn: "Import failed" },
      { problems: [problem], reportId: "r1" },
    );
    expect(readImportRejection(error)).toEqual({ problems: [problem], reportId: "r1" });
  });

  it("is null for other failures", () => {
    expect(readImportRejection(new ApiRequestError("http", 415, null))).toBeNull();
  });
});
