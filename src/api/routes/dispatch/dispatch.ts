import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { dispatchSettingsSchema } from "../../../domain/contracts/report.js";
import { getDispatchSettings, updateDispatchSettings } from "../../../services/dispatch-settings.js";
import { errorResponses } from "../../app-types.js";

/** The report deadline and warning thresholds in force. */
export function dispatchRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/v1/dispatch/settings",
    {
      schema: {
        tags: ["dispatch"],
        summary: "月报截止日与预警阈值 / report deadline and warning thresholds",
        response: { 200: dispatchSettingsSchema, ...errorResponses },
      },
    },
    (request) => getDispatchSettings(request.ctx),
  );
  r.put(
    "/api/v1/dispatch/settings",
    {
      schema: {
        tags: ["dispatch"],
        summary: "修改截止日与预警阈值（重算各月）/ change them; every month is recomputed",
        body: dispatchSettingsSchema.strict(),
        response: { 200: dispatchSettingsSchema, ...errorResponses },
      },
    },
    (request) => updateDispatchSettings(request.ctx, request.body),
  );
}
