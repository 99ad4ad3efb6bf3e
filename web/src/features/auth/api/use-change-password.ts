import { useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { postJson } from "../../../lib/api-client.js";
import { SESSION_QUERY_KEY } from "../../../api/session.js";

const okSchema = z.object({ ok: z.literal(true) });

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  csrfToken: string;
}

/** Changes the caller's password, then reloads the session (which no longer demands a change). */
export function useChangePassword() {
  const client = useQueryClient();
  return useMutation<unknown, Error, PasswordChange>({
    mutationFn: ({ csrfToken, ...body }) => postJson("/api/v1/auth/password", body, okSchema, csrfToken),
    onSuccess: () => client.invalidateQueries({ queryKey: SESSION_QUERY_KEY }),
  });
}
