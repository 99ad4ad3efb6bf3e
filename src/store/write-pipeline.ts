import type { SQL } from "drizzle-orm";
import { runAll } from "./bulk-insert.js";
import type { Db } from "./db.js";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Statements built ahead and run on one transaction's connection in the order given, each after the
 * one before (a connection runs one at a time), while the caller builds the next: the database
 * stores one batch as the next is prepared. At most `depth` batches wait; after a failure nothing
 * more is run and `send` or `drain` throws it (the transaction is then rolled back).
 */
export class WritePipeline {
  private tail: Promise<void> = Promise.resolve();
  private readonly waiting: Promise<void>[] = [];

  constructor(
    private readonly tx: Tx,
    private readonly depth = 3,
  ) {}

  async send(statements: SQL[]): Promise<void> {
    if (!statements.length) return;
    const done = this.tail.then(() => runAll(this.tx, statements));
    // Handled here so a failure waiting behind another is not reported as unhandled; `drain` throws it.
    done.catch(() => undefined);
    this.tail = done;
    this.waiting.push(done);
    if (this.waiting.length > this.depth) await this.waiting.shift();
  }

  /** Runs a read (or any other query) after everything sent, for its result: one query at a time. */
  async run<T>(query: () => Promise<T>): Promise<T> {
    const result = this.tail.then(query);
    this.tail = result.then(() => undefined);
    this.tail.catch(() => undefined);
    return result;
  }

  async drain(): Promise<void> {
    while (this.waiting.length) await this.waiting.shift();
    await this.tail;
  }
}
