import { useQuery } from "@tanstack/react-query";

/**
 * The district boundary file, served as a static asset so it can be swapped (or removed) without a
 * rebuild; see web/public/maps/README.md for its source and licence status.
 */
export const DISTRICT_BOUNDARIES_URL = "/maps/500000.json";

export interface BoundaryCollection {
  type: "FeatureCollection";
  features: { type: "Feature"; properties: { name: string }; geometry: unknown }[];
}

function isBoundaryCollection(value: unknown): value is BoundaryCollection {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { type?: unknown; features?: unknown };
  return candidate.type === "FeatureCollection" && Array.isArray(candidate.features);
}

/** The Chongqing district boundaries as GeoJSON; fails (and the map hides) when the file is absent. */
export function useDistrictBoundaries() {
  return useQuery<BoundaryCollection>({
    queryKey: ["district-boundaries", DISTRICT_BOUNDARIES_URL],
    queryFn: async ({ signal }) => {
      const response = await fetch(DISTRICT_BOUNDARIES_URL, { signal });
      if (!response.ok) throw new Error(`boundary file: HTTP ${response.status}`);
      const body: unknown = await response.json();
      if (!isBoundaryCollection(body)) throw new Error("boundary file is not a FeatureCollection");
      return body;
    },
    staleTime: Infinity,
    retry: false,
  });
}
