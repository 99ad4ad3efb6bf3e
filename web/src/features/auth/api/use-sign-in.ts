import { useMutation, useQueryClient } from "@tanstack/react-query";
import { meSchema, type Me } from "../../../../../src/domain/contracts/auth.js";
import { postJson } from "../../../lib/api-client.js";
import { SESSION_QUERY_KEY } from "./session.js";

export interface Credentials {
  username: string;
  password: string;
}

/** Signs in; the server sets the session cookie and answers with the caller. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation<Me, Error, Credentials>({
    mutationFn: (credentials) => postJson("/api/v1/auth/login", credentials, meSchema),
    onSuccess: (me) => {
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      client.setQueryData(SESSION_QUERY_KEY, me);
    },
  });
}
