import { ping } from "../store/db.js";
import type { ServiceContext } from "./context.js";

/** Confirms the database answers; throws when it does not. */
export async function checkHealth(ctx: ServiceContext): Promise<{ time: string }> {
  await ping(ctx.db);
  return { time: ctx.now().toISOString() };
}
