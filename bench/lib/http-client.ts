import http from "node:http";

export interface Session {
  username: string;
  cookie: string;
  csrfToken: string;
}

export interface HttpResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One keep-alive connection: requests go one after another, as a single user's browser would send them. */
export class HttpClient {
  private readonly agent: http.Agent;

  /** `connections` keep-alive connections at most (one: requests wait for each other). */
  constructor(
    readonly baseUrl: string,
    connections = 1,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  request(
    method: string,
    path: string,
    options: { session?: Session; body?: Buffer | string; headers?: Record<string, string> } = {},
  ): Promise<HttpResponse> {
    const url = new URL(path, this.baseUrl);
    const headers: Record<string, string> = { ...options.headers };
    if (options.session) {
      headers.cookie = options.session.cookie;
      if (method !== "GET") headers["x-csrf-token"] = options.session.csrfToken;
    }
    if (options.body !== undefined) headers["content-length"] = String(Buffer.byteLength(options.body));
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      });
      req.on("error", reject);
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  /** GETs a path and fails unless the answer is 200. */
  async get(path: string, session: Session): Promise<Buffer> {
    const res = await this.request("GET", path, { session });
    if (res.status !== 200)
      throw new Error(`GET ${path} → ${res.status}: ${res.body.toString().slice(0, 400)}`);
    return res.body;
  }

  async json<T>(path: string, session: Session): Promise<T> {
    return JSON.parse((await this.get(path, session)).toString()) as T;
  }

  async signIn(username: string, password: string): Promise<Session> {
    const res = await this.request("POST", "/api/v1/auth/login", {
      body: JSON.stringify({ username, password }),
      headers: { "content-type": "application/json" },
    });
    if (res.status !== 200) throw new Error(`sign-in of ${username} → ${res.status}: ${res.body.toString()}`);
    const cookies = res.headers["set-cookie"] ?? [];
    const valueOf = (name: string) =>
      cookies.map((c) => new RegExp(`^${name}=([^;]+)`).exec(c)?.[1]).find((v) => v !== undefined);
    const session = valueOf("newinfra_session");
    const csrfToken = valueOf("newinfra_csrf");
    if (!session || !csrfToken) throw new Error(`sign-in of ${username} set no session cookie`);
    return { username, cookie: `newinfra_session=${session}`, csrfToken };
  }

  close(): void {
    this.agent.destroy();
  }
}
