import type { ZodType } from "zod";
import { apiErrorSchema, type ApiError } from "../../../src/domain/contracts/common.js";

export type ApiFailureKind = "http" | "network" | "contract";

/** A failed API call: the HTTP status, and the server's bilingual error body when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly status: number,
    readonly body: ApiError["error"] | null,
  ) {
    super(body?.messageEn ?? `${kind} error${status ? ` (HTTP ${status})` : ""}`);
    this.name = "ApiRequestError";
  }
}

export type QueryValue = string | number | null | undefined;

/** Builds `?a=1&b=2` from the set values only; an empty object gives "". */
export function buildQuery(params: Record<string, QueryValue>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function request<T>(path: string, schema: ZodType<T>, init: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    if (init.signal?.aborted) throw cause;
    throw new ApiRequestError("network", 0, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = apiErrorSchema.safeParse(body);
    throw new ApiRequestError("http", response.status, parsed.success ? parsed.data.error : null);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Response of ${path} breaks the contract`, parsed.error.issues);
    throw new ApiRequestError("contract", response.status, null);
  }
  return parsed.data;
}

/**
 * GETs a JSON resource and checks it against its contract schema, so a drifting server fails loudly
 * at the boundary instead of deep inside a component.
 */
export function fetchJson<T>(path: string, schema: ZodType<T>, signal?: AbortSignal): Promise<T> {
  return request(path, schema, { headers: { accept: "application/json" }, signal });
}

/** POSTs JSON (with the session's CSRF token when there is one) and checks the answer like fetchJson. */
export function postJson<T>(path: string, body: unknown, schema: ZodType<T>, csrfToken?: string): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json", "content-type": "application/json" };
  if (csrfToken) headers["x-csrf-token"] = csrfToken;
  return request(path, schema, { method: "POST", headers, body: JSON.stringify(body) });
}

/** True when the server says the caller is not signed in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}

/** True for 4xx answers, which retrying cannot fix. */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}
