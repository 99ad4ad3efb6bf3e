/** Query keys of the incentives feature; mutations invalidate the whole family. */
export const INCENTIVES_KEY = ["incentives"] as const;
export const CLAUSES_KEY = [...INCENTIVES_KEY, "clauses"] as const;
export const APPLICATIONS_KEY = [...INCENTIVES_KEY, "applications"] as const;
export const LEDGER_KEY = [...INCENTIVES_KEY, "ledger"] as const;
export const FACTORS_KEY = [...INCENTIVES_KEY, "factors"] as const;
