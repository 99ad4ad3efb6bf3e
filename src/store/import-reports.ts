import { and, eq, lt } from "drizzle-orm";
import type { Db } from "./db.js";
import * as t from "./schema.js";

export async function saveImportReport(db: Db, report: typeof t.importReports.$inferInsert): Promise<void> {
  await db.insert(t.importReports).values(report);
}

export async function findImportReport(db: Db, id: string, createdBy: number | null) {
  const [row] = await db
    .select()
    .from(t.importReports)
    .where(
      and(
        eq(t.importReports.id, id),
        createdBy === null ? undefined : eq(t.importReports.createdBy, createdBy),
      ),
    );
  return row ?? null;
}

/** Reports are kept for a day: long enough to fix the file, short enough not to pile up uploads. */
export async function deleteImportReportsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(t.importReports).where(lt(t.importReports.createdAt, before));
}
