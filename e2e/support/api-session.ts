import { DEMO_PASSWORD } from "../../src/services/demo-accounts.js";

/** A signed-in API client for test setup: the session cookie and CSRF token of one demo account. */
export interface ApiSession {
  get: (path: string) => Promise<Response>;
  send: (method: "POST" | "PATCH", path: string, body: unknown) => Promise<Response>;
}

/** Reads `name=value` from each Set-Cookie header into one Cookie header. */
function cookieHeader(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter(Boolean)
    .join("; ");
}

/** Signs a demo account in through the API, failing loudly when the server refuses. */
export async function signInApi(
  baseUrl: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${username} failed: HTTP ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = cookieHeader(login);
  return {
    get: (path) => fetch(`${baseUrl}${path}`, { headers: { cookie } }),
    send: (method, path, body) =>
      fetch(`${baseUrl}${path}`, {
        method,
        headers: { cookie, "content-type": "application/json", "x-csrf-token": csrfToken },
        body: JSON.stringify(body),
      }),
  };
}

/** The JSON body of a successful response; anything else fails the test with the server's answer. */
export async function jsonOf<T>(response: Response | Promise<Response>): Promise<T> {
  const r = await response;
  if (!r.ok) throw new Error(`HTTP ${r.status} from ${r.url}: ${await r.text()}`);
  return (await r.json()) as T;
}
