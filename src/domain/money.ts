/**
 * Money is integer fen (分) held in a bigint. Never a float: parsing, summing and scaling are exact,
 * and display rounds half up at the last shown digit.
 */
export type Fen = bigint & { readonly __brand: "Fen" };

export const FEN_PER_YUAN = 100n;
export const FEN_PER_WAN = 1_000_000n;
export const FEN_PER_YI = 10_000_000_000n;

export type MoneyUnit = "yuan" | "wan" | "yi";
const FEN_PER: Record<MoneyUnit, bigint> = { yuan: FEN_PER_YUAN, wan: FEN_PER_WAN, yi: FEN_PER_YI };
const UNIT_ZH: Record<MoneyUnit, string> = { yuan: "元", wan: "万元", yi: "亿元" };

export function fen(value: bigint | number | string): Fen {
  if (typeof value === "number" && !Number.isSafeInteger(value))
    throw new RangeError(`not an integer fen: ${value}`);
  return BigInt(value) as Fen;
}

export function sumFen(values: Iterable<Fen>): Fen {
  let total = 0n;
  for (const v of values) total += v;
  return total as Fen;
}

/** Multiplies by an exact decimal rate given as a string (e.g. "0.20"), rounding down to the fen. */
export function applyRateFloor(amount: Fen, rate: string): Fen {
  const { units, scale } = parseDecimal(rate);
  return ((amount * units) / 10n ** BigInt(scale)) as Fen;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

function parseDecimal(text: string): { units: bigint; scale: number } {
  if (!DECIMAL.test(text)) throw new RangeError(`not a decimal number: ${text}`);
  const [whole = "0", frac = ""] = text.replace("-", "").split(".");
  const units = BigInt(whole + frac) * (text.startsWith("-") ? -1n : 1n);
  return { units, scale: frac.length };
}

/**
 * Parses an amount written in a unit (e.g. "12.5" 万元) into fen. Rejects more decimals than the unit
 * can hold in whole fen, so a value is never silently rounded on the way in.
 */
export function parseAmount(text: string, unit: MoneyUnit): Fen {
  const trimmed = text.trim().replace(/,/g, "");
  const { units, scale } = parseDecimal(trimmed);
  const divisor = 10n ** BigInt(scale);
  const scaled = units * FEN_PER[unit];
  if (scaled % divisor !== 0n) throw new RangeError(`more precision than a fen: ${text} ${UNIT_ZH[unit]}`);
  return (scaled / divisor) as Fen;
}

/** Divides with rounding half away from zero. */
function roundDiv(n: bigint, d: bigint): bigint {
  const neg = n < 0n;
  const abs = neg ? -n : n;
  const q = (abs + d / 2n) / d;
  return neg ? -q : q;
}

/** Formats fen in a unit with a fixed number of decimals, e.g. formatAmount(fen, "yi", 2) → "3,983.00". */
export function formatAmount(amount: Fen, unit: MoneyUnit, decimals = 2, grouping = true): string {
  const scaled = roundDiv(amount * 10n ** BigInt(decimals), FEN_PER[unit]);
  const neg = scaled < 0n;
  const digits = (neg ? -scaled : scaled).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const frac = digits.slice(digits.length - decimals);
  const wholeText = grouping ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : whole;
  return `${neg ? "-" : ""}${wholeText}${decimals > 0 ? `.${frac}` : ""}`;
}

/** Formats with the Chinese unit name appended, e.g. "3,983.00亿元". */
export function formatAmountZh(amount: Fen, unit: MoneyUnit, decimals = 2): string {
  return `${formatAmount(amount, unit, decimals)}${UNIT_ZH[unit]}`;
}
