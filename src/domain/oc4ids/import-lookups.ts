import type { ProjectLevel } from "../plan.js";

/** What an import checks against, and what it falls back on for projects from elsewhere. */
export interface ImportLookups {
  /** The prefix our project ids carry: a matching `oc4ids-<prefix>-<n>` gives back internal id n. */
  idPrefix: string;
  /** The plan whose taxonomy classifications name the special (its code is their scheme). */
  planCode: string;
  specialCodes: ReadonlySet<string>;
  districts: readonly { code: string; name: string }[];
  /** When given, funding sources must be in it (the plan's list). */
  fundingSources?: readonly string[];
  /**
   * Used, with a note, for a project that does not say (a foreign package says nothing of our
   * specials, districts or levels). Without one, the missing field is a problem.
   */
  fallback?: { specialCode?: string; districtCode?: string; level?: ProjectLevel };
  /** Take amounts in other currencies as they are (noted) instead of reporting a problem. */
  acceptForeignCurrency?: boolean;
}
