import { FEN_PER_WAN, formatAmount, type Fen } from "../money.js";

/** An exact amount in words: whole 万元 as such ("30万元"), anything else in 元 to the fen. */
export function amountZh(amount: Fen): string {
  if (amount !== 0n && amount % FEN_PER_WAN === 0n) return `${formatAmount(amount, "wan", 0)}万元`;
  return `${formatAmount(amount, "yuan", 2)}元`;
}

/** The English twin of amountZh: "CNY 300,000.00" (whole 万 amounts are written in full too). */
export function amountEn(amount: Fen): string {
  return `CNY ${formatAmount(amount, "yuan", 2)}`;
}

/** A decimal rate as a percentage, exactly: "0.2" → "20%", "0.125" → "12.5%". */
export function percentText(rate: string): string {
  const [whole = "0", frac = ""] = rate.split(".");
  const padded = frac.padEnd(2, "0");
  const intPart = String(Number(whole) * 100 + Number(padded.slice(0, 2)));
  const rest = padded.slice(2).replace(/0+$/, "");
  return `${intPart}${rest ? `.${rest}` : ""}%`;
}
