import { useMemo } from "react";
import { buildReferenceLookup, type ReferenceLookup } from "./reference-lookup.js";
import { useReference } from "./use-reference.js";

/** Reference lookups once the reference data has loaded, otherwise null. */
export function useReferenceLookup(): ReferenceLookup | null {
  const { data } = useReference();
  return useMemo(() => (data ? buildReferenceLookup(data) : null), [data]);
}
