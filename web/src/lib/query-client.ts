import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isClientError, isUnauthenticated } from "./api-client.js";

/**
 * Mark a mutation whose 401 means something else than a lost session (signing in with a wrong
 * password): `useMutation({ meta: SESSIONLESS, … })`.
 */
export const SESSIONLESS = { sessionless: true } as const;

/**
 * One client for the app: a minute of freshness, no retries for answers that retrying cannot change,
 * and a hook for any request (read or change) that finds the session gone.
 */
export function createQueryClient(
  onUnauthenticated: (client: QueryClient, error: unknown) => void,
): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) onUnauthenticated(client, error);
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isUnauthenticated(error) && !mutation.meta?.sessionless) onUnauthenticated(client, error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
    },
  });
  return client;
}
