import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { endSession } from "../../../api/session.js";
import { postJson } from "../../../lib/api-client.js";
import { SESSIONLESS } from "../../../lib/query-client.js";

const okSchema = z.object({ ok: z.literal(true) });

/** Signs out; whatever the server answers, this browser forgets the session. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation<unknown, Error, { csrfToken: string }>({
    // Signing out of a session that already ended is no news to the user.
    meta: SESSIONLESS,
    mutationFn: ({ csrfToken }) => postJson("/api/v1/auth/logout", {}, okSchema, csrfToken),
    onSettled: () => endSession(client),
  });
}
