import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { AppError } from "../domain/errors.js";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const tooLarge = (limit: number) =>
  new AppError(
    413,
    "payload_too_large",
    `文件超过 ${limit / 1024 / 1024} MB，请拆分后分批导入`,
    `The file is larger than ${limit / 1024 / 1024} MB; split it and import the parts`,
    "body",
  );

/**
 * An upload written to a temporary file as it arrives, so a large register is read from disk rather
 * than held in memory; refused past `limit` bytes (declared or received).
 */
export class UploadFile {
  private constructor(
    private readonly dir: string,
    readonly path: string,
  ) {}

  static async save(stream: Readable, declaredBytes?: number, limit = MAX_UPLOAD_BYTES): Promise<UploadFile> {
    if (declaredBytes !== undefined && declaredBytes > limit) throw tooLarge(limit);
    const dir = await mkdtemp(join(tmpdir(), "newinfra-upload-"));
    const file = new UploadFile(dir, join(dir, "upload"));
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        bytes += chunk.length;
        next(bytes > limit ? tooLarge(limit) : null, chunk);
      },
    });
    try {
      await pipeline(stream, counter, createWriteStream(file.path));
    } catch (err) {
      await file.remove();
      throw err;
    }
    return file;
  }

  read(): Promise<Buffer> {
    return readFile(this.path);
  }

  remove(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}
