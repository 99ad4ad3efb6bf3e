import type { Fen } from "../money.js";
import { yuanNumberToFen } from "./amounts.js";
import { CURRENCY } from "./codes.js";
import type { ProjectLog } from "./import-log.js";
import { isObject } from "./import-log.js";

const AMOUNT_REASONS = {
  notNumber: ["金额应为数字", "the amount must be a number"],
  tooManyDecimals: [
    "金额超过两位小数（精确到分）",
    "the amount has more than two decimals (finer than a fen)",
  ],
  outOfRange: ["金额超出可精确表示的范围（10万亿元）", "the amount is beyond the exact range (10^13 yuan)"],
} as const;

/**
 * Reads OC4IDS Value objects of one project into fen. Amounts in another currency are taken as they
 * are (never converted): a problem unless the caller accepts foreign currency, and a note either way.
 */
export class MoneyReader {
  private readonly foreign = new Set<string>();
  private currencyProblemReported = false;

  constructor(
    private readonly log: ProjectLog,
    private readonly acceptForeignCurrency: boolean,
  ) {}

  /** A non-negative amount in fen, or null after reporting why not. */
  read(value: unknown, column: string): Fen | null {
    if (!isObject(value)) {
      this.log.problem(
        column,
        value,
        "金额应为含 amount 和 currency 的对象",
        "a value must be an object with amount and currency",
      );
      return null;
    }
    this.checkCurrency(value.currency, `${column}.currency`);
    const result = yuanNumberToFen(value.amount);
    if ("problem" in result) {
      const [zh, en] = AMOUNT_REASONS[result.problem];
      this.log.problem(`${column}.amount`, value.amount, zh, en);
      return null;
    }
    if (result.fen < 0n) {
      this.log.problem(`${column}.amount`, value.amount, "金额不能为负", "the amount cannot be negative");
      return null;
    }
    return result.fen;
  }

  /** Adds the note naming the foreign currencies met, if any. */
  noteCurrencies(): void {
    if (this.foreign.size === 0) return;
    const list = [...this.foreign].join(", ");
    this.log.note(
      `金额币种为 ${list}，按原数额导入，未折算人民币`,
      `amounts in ${list} were taken as they are, not converted to CNY`,
    );
  }

  private checkCurrency(currency: unknown, column: string): void {
    if (currency === CURRENCY) return;
    const label = typeof currency === "string" ? currency : "(未注明 / none)";
    this.foreign.add(label);
    if (this.acceptForeignCurrency || this.currencyProblemReported) return;
    this.currencyProblemReported = true;
    this.log.problem(
      column,
      currency,
      "币种不是人民币（CNY）；如接受原币数额，请选择接受外币后重新导入",
      "the currency is not CNY; accept foreign currency to import the amounts as they are",
    );
  }
}
