import type { Db } from "../store/db.js";

/** What every use case receives: the database and the clock (replaceable in tests). */
export interface ServiceContext {
  db: Db;
  now: () => Date;
}
