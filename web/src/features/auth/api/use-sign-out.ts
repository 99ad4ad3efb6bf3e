import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { postJson } from "../../../lib/api-client.js";
import { endSession } from "./session.js";

const okSchema = z.object({ ok: z.literal(true) });

/** Signs out; whatever the server answers, this browser forgets the session. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation<unknown, Error, { csrfToken: string }>({
    mutationFn: ({ csrfToken }) => postJson("/api/v1/auth/logout", {}, okSchema, csrfToken),
    onSettled: () => endSession(client),
  });
}
