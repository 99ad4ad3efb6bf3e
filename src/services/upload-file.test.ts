import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AppError } from "../domain/errors.js";
import { UploadFile } from "./upload-file.js";

const chunks = (count: number, size: number) =>
  Readable.from(Array.from({ length: count }, (_, i) => Buffer.alloc(size, i % 256)));

describe("UploadFile", () => {
  it("keeps the bytes of a streamed upload in a temporary file, removed afterwards", async () => {
    const file = await UploadFile.save(chunks(10, 1000));
    const bytes = await file.read();
    expect(bytes.length).toBe(10_000);
    expect(bytes[9_999]).toBe(9);
    await file.remove();
    expect(existsSync(dirname(file.path))).toBe(false);
  });

  it("refuses an upload over the limit, declared or received, with a 413 naming the body", async () => {
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (err: unknown) => err,
      );
    const declared = await refused(UploadFile.save(chunks(1, 10), 5_000, 4_096));
    const received = await refused(UploadFile.save(chunks(5, 1_000), undefined, 4_096));
    for (const err of [declared, received]) {
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ status: 413, code: "payload_too_large", field: "body" });
    }
  });
});
