import { useMutation, useQueryClient } from "@tanstack/react-query";
import { meSchema, type Me } from "../../../../../src/domain/contracts/auth.js";
import { forgetCachedData, SESSION_QUERY_KEY } from "../../../api/session.js";
import { setSessionNotice } from "../../../api/session-notice.js";
import { postJson } from "../../../lib/api-client.js";
import { SESSIONLESS } from "../../../lib/query-client.js";

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in; the server sets the session cookie and answers with the caller. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation<Me, Error, Credentials>({
    // A 401 here is a wrong password, not a lost session.
    meta: SESSIONLESS,
    mutationFn: (credentials) => postJson("/api/v1/auth/login", credentials, meSchema),
    onSuccess: (me) => {
      setSessionNotice(null);
      forgetCachedData(client);
      client.setQueryData(SESSION_QUERY_KEY, me);
    },
  });
}
