import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fen } from "../../domain/money.js";
import {
  csvField,
  csvLine,
  CsvReader,
  decodeCsvBytes,
  neutraliseFormula,
  restoreFormulaText,
  sniffEncoding,
} from "./csv.js";
import { parseRegister } from "./parse.js";
import { LOOKUPS, wan } from "./test-fixtures.js";

/** The same small register in GB18030, as Excel saves "CSV" on a Chinese Windows. */
const GB18030_CSV = Buffer.from(
  "cfeec4bfc3fbb3c62cd7a8cfeeb4fac2eb2cc7f8cfd8b4fac2eb2ccfeec4bfd2b5d6f72ccfeec4bfbcb6b1f02cb5b1c7b0bdd7b6ce2c" +
    "d7dccdb6d7caa3a8cdf2d4aaa3a90d0ad3e5b1b1c7f8cafdbeddd6d0d0c42c434f4d502d312cd3e5b1b1c7f82cd6d8c7eccafdbeddb9" +
    "abcbbe2ccad0bcb62cb2dfbbaeb0fcd7b02c22312c3233342e35220d0a",
  "hex",
);
const UTF8_CSV =
  '项目名称,专项代码,区县代码,项目业主,项目级别,当前阶段,总投资（万元）\r\n渝北区数据中心,COMP-1,渝北区,重庆数据公司,市级,策划包装,"1,234.5"\r\n';

function readAll(chunks: string[]) {
  const reader = new CsvReader();
  return [...chunks.flatMap((c) => reader.push(c)), ...reader.end()];
}

async function decodeAll(chunks: Uint8Array[]): Promise<string> {
  let text = "";
  for await (const part of decodeCsvBytes(Readable.from(chunks))) text += part;
  return text;
}

describe("CsvReader", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(readAll(['a,"b,c","say ""hi""","line1\r\nline2"\r\n', "x,,z\n"])).toEqual([
      { row: 1, values: ["a", "b,c", 'say "hi"', "line1\r\nline2"] },
      { row: 2, values: ["x", "", "z"] },
    ]);
  });

  it("reads records split across chunks anywhere, even inside a CRLF", () => {
    const text = 'a,"b\n""c"""\r\nd,e';
    for (let cut = 0; cut <= text.length; cut++) {
      expect(readAll([text.slice(0, cut), text.slice(cut)])).toEqual([
        { row: 1, values: ["a", 'b\n"c"'] },
        { row: 2, values: ["d", "e"] },
      ]);
    }
  });

  it("uses tabs when the first line has tabs and no commas", () => {
    expect(readAll(["名称\t金额\r\n数据中心\t1,234.5\r\n"])).toEqual([
      { row: 1, values: ["名称", "金额"] },
      { row: 2, values: ["数据中心", "1,234.5"] },
    ]);
  });

  it("reads back whatever csvLine wrote, however the text is cut into chunks", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "数", ",", '"', "\r", "\n", " ", "'", "=") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (records, cuts) => {
          const text = records.map((r) => csvLine(r)).join("");
          const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
          const chunks = [0, ...points].map((from, k) => text.slice(from, [...points, text.length][k]));
          // Written text that looks like a formula gains an apostrophe (neutraliseFormula); the rest is exact.
          expect(readAll(chunks).map((r) => r.values)).toEqual(records.map((r) => r.map(neutraliseFormula)));
        },
      ),
    );
  });

  it("reads a file without a final line break and an empty file", () => {
    expect(readAll(["a,b"])).toEqual([{ row: 1, values: ["a", "b"] }]);
    expect(readAll([])).toEqual([]);
  });
});

describe("csv writing", () => {
  it("quotes only what needs it", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(" padded")).toBe('" padded"');
    expect(csvLine(["a", "b\nc"])).toBe('a,"b\nc"\r\n');
  });
});

describe("encodings", () => {
  it("sniffs BOMs, UTF-8 and GB18030", () => {
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({
      encoding: "utf-8",
      bomLength: 3,
    });
    expect(sniffEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]))).toEqual({
      encoding: "utf-16le",
      bomLength: 2,
    });
    expect(sniffEncoding(Buffer.from("项目", "utf8"))).toEqual({ encoding: "utf-8", bomLength: 0 });
    expect(sniffEncoding(GB18030_CSV)).toEqual({ encoding: "gb18030", bomLength: 0 });
  });

  it("decodes UTF-8 split inside a character, and drops the BOM", async () => {
    const bytes = Buffer.from(`\ufeff${UTF8_CSV}`, "utf8");
    const parts = [bytes.subarray(0, 4), bytes.subarray(4, 5), bytes.subarray(5)];
    expect(await decodeAll(parts)).toBe(UTF8_CSV);
  });

  it("decodes GB18030 text", async () => {
    expect(await decodeAll([GB18030_CSV.subarray(0, 7), GB18030_CSV.subarray(7)])).toBe(UTF8_CSV);
  });

  it("parses a GB18030 register like a UTF-8 one", async () => {
    for (const projects of [GB18030_CSV, Buffer.from(UTF8_CSV, "utf8")]) {
      const result = await parseRegister({ format: "csv", projects }, LOOKUPS);
      expect(result.problems).toEqual([]);
      expect(result.records).toMatchObject([
        { name: "渝北区数据中心", districtCode: "500112", totalInvestmentFen: wan("1234.5"), funding: [] },
      ]);
      expect(result.records[0]?.completedInvestmentFen).toBe(fen(0));
    }
  });
});

describe("CSV injection", () => {
  it("writes text that looks like a formula with a leading apostrophe and reads it back unchanged", () => {
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"');
    expect(csvField("+86 23 6389")).toBe("'+86 23 6389");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(restoreFormulaText("'=1+1")).toBe("=1+1");
    expect(restoreFormulaText("'普通文本")).toBe("'普通文本");
  });
});
