import { useQuery } from "@tanstack/react-query";
import type { Me } from "../../../src/domain/contracts/auth.js";
import { fetchSession, SESSION_QUERY_KEY } from "./session.js";

/** Who is signed in (null: nobody); checked once at start and after every sign-in or sign-out. */
export function useSession() {
  return useQuery<Me | null>({
    queryKey: SESSION_QUERY_KEY,
    queryFn: ({ signal }) => fetchSession(signal),
    staleTime: Infinity,
  });
}
