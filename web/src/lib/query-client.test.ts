import { describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "./api-client.js";
import { createQueryClient, SESSIONLESS } from "./query-client.js";

const unauthenticated = new ApiRequestError("http", 401, {
  code: "session_expired",
  message: "会话已超时，请重新登录",
  messageEn: "Your session has expired; sign in again",
});

describe("createQueryClient", () => {
  it("reports a read that finds the session gone", async () => {
    const onUnauthenticated = vi.fn();
    const client = createQueryClient(onUnauthenticated);
    await client
      .fetchQuery({ queryKey: ["x"], queryFn: () => Promise.reject(unauthenticated) })
      .catch(() => undefined);
    expect(onUnauthenticated).toHaveBeenCalledWith(client, unauthenticated);
  });

  it("reports a change that finds the session gone, unless marked sessionless", async () => {
    const onUnauthenticated = vi.fn();
    const client = createQueryClient(onUnauthenticated);
    const run = (meta?: Record<string, unknown>) =>
      client
        .getMutationCache()
        .build(client, { mutationFn: () => Promise.reject(unauthenticated), meta })
        .execute(undefined)
        .catch(() => undefined);
    await run(SESSIONLESS);
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await run();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });
});
