import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { createInterface } from "node:readline";

/**
 * A temporary file of JSON lines: rows destined for a later sheet wait here rather than in memory,
 * since a streaming workbook writes its sheets one after another.
 */
export class Spool<T> {
  private constructor(
    private readonly dir: string,
    private readonly path: string,
    private readonly out: WriteStream,
  ) {}

  static async open<T>(): Promise<Spool<T>> {
    const dir = await mkdtemp(join(tmpdir(), "newinfra-register-"));
    const path = join(dir, "rows.jsonl");
    return new Spool<T>(dir, path, createWriteStream(path));
  }

  async write(item: T): Promise<void> {
    if (!this.out.write(`${JSON.stringify(item)}\n`)) await once(this.out, "drain");
  }

  /** Ends writing and reads the items back in order. */
  async *read(): AsyncGenerator<T> {
    this.out.end();
    await once(this.out, "close");
    const lines = createInterface({ input: createReadStream(this.path), crlfDelay: Infinity });
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  }

  async close(): Promise<void> {
    if (!this.out.closed) this.out.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
