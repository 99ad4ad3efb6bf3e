import { apiErrorSchema } from "../domain/contracts/common.js";
import type { ServiceContext } from "../services/context.js";

export type RouteDeps = { ctx: ServiceContext };

/** Error responses every route documents. */
export const errorResponses = { 400: apiErrorSchema, 404: apiErrorSchema, 500: apiErrorSchema } as const;
