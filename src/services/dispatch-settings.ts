import type { DispatchSettings } from "../domain/contracts/report.js";
import { invalidFields } from "../domain/errors.js";
import { readDispatchSettings, writeDispatchSettings } from "../store/dispatch-settings.js";
import { principalOf, requirePermission, unauthenticated } from "./access.js";
import { record } from "./audit-trail.js";
import type { ServiceContext } from "./context.js";
import { resetDispatch, rulesOf } from "./dispatch-upkeep.js";

export async function getDispatchSettings(ctx: ServiceContext): Promise<DispatchSettings> {
  if (!principalOf(ctx)) throw unauthenticated();
  return rulesOf(await readDispatchSettings(ctx.db));
}

/** Changes the report deadline or warning thresholds; every month's figures are recomputed with them. */
export async function updateDispatchSettings(
  ctx: ServiceContext,
  input: DispatchSettings,
): Promise<DispatchSettings> {
  await requirePermission(ctx, "dispatch.manage", "dispatch_settings");
  if (input.paceYellowPoints >= input.paceRedPoints) {
    throw invalidFields([
      {
        field: "paceRedPoints",
        message: "红灯阈值须大于黄灯阈值",
        messageEn: "the red threshold must exceed the yellow one",
      },
    ]);
  }
  await ctx.db.transaction(async (tx) => {
    const before = rulesOf(await readDispatchSettings(tx));
    await writeDispatchSettings(tx, {
      ...input,
      updatedBy: principalOf(ctx)?.userId ?? null,
      updatedAt: ctx.now(),
    });
    await resetDispatch(tx);
    await record(ctx, tx, {
      action: "dispatch.settings_changed",
      entityType: "dispatch_settings",
      entityId: 1,
      before,
      after: input,
    });
  });
  return getDispatchSettings(ctx);
}
