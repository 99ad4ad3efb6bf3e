import type { ZodType } from "zod";
import { apiErrorSchema, type ApiError } from "../../../src/domain/contracts/common.js";

export type ApiFailureKind = "http" | "network" | "contract";

/** A failed API call: the HTTP status, and the server's bilingual error body when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly kind: ApiFailureKind,
    readonly status: number,
    readonly body: ApiError["error"] | null,
    /** What the error body carries beside the error: the current state on a conflict, import problems. */
    readonly extra: Omit<ApiError, "error"> = {},
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
    if (!parsed.success) throw new ApiRequestError("http", response.status, null);
    const { error, ...extra } = parsed.data;
    throw new ApiRequestError("http", response.status, error, extra);
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

/** The readable cookie in which the server repeats the session's CSRF token. */
export const CSRF_COOKIE = "newinfra_csrf";

/** The value of a cookie in a `document.cookie` string, or null when it is absent. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

function sessionCsrfToken(): string | null {
  return typeof document === "undefined" ? null : readCookie(document.cookie, CSRF_COOKIE);
}

type UnsafeMethod = "POST" | "PATCH" | "PUT" | "DELETE";

/**
 * Sends a state-changing request with a JSON body. The session's CSRF token goes along as
 * X-CSRF-Token: the one given, or else the one the server left in the readable cookie.
 */
export function sendJson<T>(
  method: UnsafeMethod,
  path: string,
  body: unknown,
  schema: ZodType<T>,
  csrfToken?: string,
): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (body !== undefined) headers["content-type"] = "application/json";
  const token = csrfToken ?? sessionCsrfToken();
  if (token) headers["x-csrf-token"] = token;
  return request(path, schema, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** POSTs JSON (with the session's CSRF token) and checks the answer like fetchJson. */
export function postJson<T>(path: string, body: unknown, schema: ZodType<T>, csrfToken?: string): Promise<T> {
  return sendJson("POST", path, body, schema, csrfToken);
}

/** PATCHes JSON (with the session's CSRF token) and checks the answer like fetchJson. */
export function patchJson<T>(
  path: string,
  body: unknown,
  schema: ZodType<T>,
  csrfToken?: string,
): Promise<T> {
  return sendJson("PATCH", path, body, schema, csrfToken);
}

/** DELETEs a resource (with the session's CSRF token) and checks the answer like fetchJson. */
export function deleteJson<T>(path: string, schema: ZodType<T>, csrfToken?: string): Promise<T> {
  return sendJson("DELETE", path, undefined, schema, csrfToken);
}

/**
 * POSTs a file's raw bytes as the body with its media type (and the session's CSRF token), for
 * uploads the server reads without multipart; the answer is checked like fetchJson.
 */
export function postFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  schema: ZodType<T>,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  const headers: Record<string, string> = { ...extraHeaders, accept: "application/json" };
  headers["content-type"] = contentType;
  const token = sessionCsrfToken();
  if (token) headers["x-csrf-token"] = token;
  return request(path, schema, { method: "POST", headers, body: file });
}

/** True when the server says the caller is not signed in (or the session ended). */
export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401;
}

/** True for 4xx answers, which retrying cannot fix. */
export function isClientError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}

/** True when the server refuses the caller (no permission, or outside its data scope). */
export function isForbidden(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 403;
}

/** The server's stable error code (e.g. "version_conflict"), or null when there is none. */
export function apiErrorCode(error: unknown): string | null {
  return error instanceof ApiRequestError ? (error.body?.code ?? null) : null;
}
