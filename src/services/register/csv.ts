import { TextDecoder } from "node:util";
import { AppError } from "../../domain/errors.js";

/** The bytes of a CSV file to text: UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030/GBK. */
export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

const SNIFF_BYTES = 64 * 1024;

/** Decides the encoding from the first bytes; invalid UTF-8 there means a GBK-family file. */
export function sniffEncoding(head: Uint8Array): { encoding: CsvEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head, { stream: true });
    return { encoding: "utf-8", bomLength: 0 };
  } catch {
    return { encoding: "gb18030", bomLength: 0 };
  }
}

/**
 * Decodes a byte stream chunk by chunk. The encoding is decided on the first 64 KiB (the header is
 * there); UTF-8 stays strict afterwards, so a file mixing encodings is refused rather than garbled.
 */
export async function* decodeCsvBytes(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let head: Uint8Array | null = new Uint8Array(0);
  let decoder = new TextDecoder();
  for await (const chunk of chunks) {
    if (head === null) {
      yield decode(decoder, chunk);
      continue;
    }
    head = concat(head, chunk);
    if (head.length < SNIFF_BYTES) continue;
    const opened = openDecoder(head);
    decoder = opened.decoder;
    head = null;
    yield opened.text;
  }
  if (head !== null) {
    const opened = openDecoder(head);
    decoder = opened.decoder;
    if (opened.text) yield opened.text;
  }
  const rest = decode(decoder, undefined);
  if (rest) yield rest;
}

function openDecoder(head: Uint8Array): { decoder: TextDecoder; text: string } {
  const { encoding, bomLength } = sniffEncoding(head);
  const decoder = new TextDecoder(encoding, { fatal: encoding === "utf-8", ignoreBOM: true });
  return { decoder, text: decode(decoder, head.subarray(bomLength)) };
}

function decode(decoder: TextDecoder, bytes: Uint8Array | undefined): string {
  try {
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  } catch {
    throw new AppError(
      400,
      "register_encoding",
      "CSV 文件编码无法识别：请另存为 UTF-8 编码的 CSV",
      "the CSV file's encoding is not recognised; save it as UTF-8 CSV",
    );
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

const [TAB, LF, CR, QUOTE, COMMA] = [9, 10, 13, 34, 44];

/** One CSV record and the 1-based number of the record (the row a spreadsheet shows it on). */
export interface CsvRecord {
  row: number;
  values: string[];
}

/**
 * An RFC 4180 reader fed text in arbitrary chunks: quoted fields with doubled quotes and line
 * breaks, CRLF/LF/CR line ends. The delimiter is a comma, or a tab when the first line has tabs and
 * no commas (Excel's "Unicode text").
 */
export class CsvReader {
  private field = "";
  private values: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private pendingCr = false;
  private row = 0;
  private delimiter: string | null = null;
  private firstLine = "";

  /** Feeds text; returns the records completed by it. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter !== null) {
      this.scan(text, out);
      return out;
    }
    this.firstLine += text;
    if (/[\r\n]/.test(this.firstLine) || this.firstLine.length >= SNIFF_BYTES) this.begin(out);
    return out;
  }

  /** Ends the input; returns the last record if the file does not end with a line break. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter === null) this.begin(out);
    if (this.field !== "" || this.values.length > 0 || this.quoted) this.finishRecord(out);
    return out;
  }

  private begin(out: CsvRecord[]): void {
    const line = this.firstLine.split(/[\r\n]/)[0] ?? "";
    this.delimiter = line.includes("\t") && !line.includes(",") ? "\t" : ",";
    const text = this.firstLine;
    this.firstLine = "";
    this.scan(text, out);
  }

  /** Reads runs of ordinary characters as one slice; only quotes, delimiters and line ends are looked at one by one. */
  private scan(text: string, out: CsvRecord[]): void {
    const delimiter = this.delimiter === "\t" ? TAB : COMMA;
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.pendingCr) {
        this.pendingCr = false;
        if (text.charCodeAt(i) === LF) {
          i += 1;
          continue;
        }
      }
      if (this.quoted) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          this.field += text.slice(i);
          return;
        }
        this.field += text.slice(i, close);
        this.quoted = false;
        this.afterQuote = true;
        i = close + 1;
        continue;
      }
      let j = i;
      let c = 0;
      while (j < n) {
        c = text.charCodeAt(j);
        if (c === delimiter || c === QUOTE || c === LF || c === CR) break;
        j += 1;
      }
      if (j > i) {
        this.field += text.slice(i, j);
        this.afterQuote = false;
      }
      if (j === n) return;
      i = j + 1;
      if (c === QUOTE) {
        if (this.afterQuote) this.field += '"';
        this.quoted = true;
        this.afterQuote = false;
        continue;
      }
      this.afterQuote = false;
      if (c === delimiter) {
        this.values.push(this.field);
        this.field = "";
      } else {
        this.pendingCr = c === CR;
        this.finishRecord(out);
      }
    }
  }

  private finishRecord(out: CsvRecord[]): void {
    this.values.push(this.field);
    this.row += 1;
    out.push({ row: this.row, values: this.values });
    this.values = [];
    this.field = "";
    this.quoted = false;
  }
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @ at the start) gets a leading apostrophe,
 * so an exported name cannot execute in Excel (CSV injection); numbers stay as they are.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

/** Undoes neutraliseFormula on reading, so exported text comes back as it was. */
export function restoreFormulaText(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

/** Quotes a CSV field when it holds a comma, quote, line break or surrounding space. */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV line (CRLF-terminated, as Excel writes it). */
export function csvLine(values: readonly string[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
