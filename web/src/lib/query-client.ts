import { QueryCache, QueryClient } from "@tanstack/react-query";
import { isClientError, isUnauthenticated } from "./api-client.js";

/**
 * One client for the app: a minute of freshness, no retries for answers that retrying cannot change,
 * and a hook for any request that finds the session gone.
 */
export function createQueryClient(onUnauthenticated: (client: QueryClient) => void): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (isUnauthenticated(error)) onUnauthenticated(client);
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
