/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-character
 * alphabet (no I, O, S, V, Z); characters 3–8 are the registering area's division code; the 18th
 * is a check character over the first 17.
 */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

export type UsccProblem = "length" | "characters" | "checkDigit";

/** Computes the 18th character for the first 17. */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17[i] ?? "");
    if (value < 0) throw new RangeError(`invalid USCC character at ${i + 1}`);
    sum += value * (WEIGHTS[i] ?? 0);
  }
  return ALPHABET[(31 - (sum % 31)) % 31] ?? "0";
}

/** Returns why a code is not a valid USCC, or null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return "length";
  if (!SHAPE.test(code)) return "characters";
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : "checkDigit";
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Check character of a GB 11714 organisation code (the USCC's characters 9–17) from its first 8. */
export function orgCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_ALPHABET.indexOf(first8[i] ?? "") * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

/**
 * Builds a valid USCC: registration authority + organisation category (e.g. "91" for an enterprise
 * registered with market regulation), a 6-digit area code and an 8-character organisation body.
 */
export function makeUscc(authorityAndCategory: string, areaCode: string, orgBody8: string): string {
  const first17 = `${authorityAndCategory}${areaCode}${orgBody8}${orgCodeCheckChar(orgBody8)}`;
  return first17 + usccCheckChar(first17);
}

/** Why a code is invalid, in Chinese and English, completing "the USCC …". */
export const USCC_REASONS = {
  length: ["应为18位", "must be 18 characters"],
  characters: ["含有不允许的字符（不使用 I、O、S、V、Z）", "has characters outside the code's alphabet"],
  checkDigit: ["校验位不正确", "has a wrong check character"],
} as const;
