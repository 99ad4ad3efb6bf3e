/** Escapes text for HTML: every project name, reason and unit comes from users. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export interface HtmlColumn<T> {
  header: string;
  cell: (row: T, index: number) => string | number;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  /** Width in percent of the table, for the long text columns, which wrap; the others do not. */
  width?: number;
  /** Extra class for a cell, e.g. "bad" for an overdue one. */
  tone?: (row: T) => string | null;
}

/** A table whose header repeats on every printed page; rows never split across pages. */
export function htmlTable<T>(
  columns: readonly HtmlColumn<T>[],
  rows: readonly T[],
  options: { total?: T; empty?: string } = {},
): string {
  if (!rows.length) return `<p class="empty">${escapeHtml(options.empty ?? "无")}</p>`;
  const head = columns
    .map((c) => `<th${c.width ? ` style="width:${c.width}%"` : ""}>${escapeHtml(c.header)}</th>`)
    .join("");
  const line = (row: T, i: number, cls = "") =>
    `<tr${cls ? ` class="${cls}"` : ""}>${columns
      .map((c) => {
        const classes = [c.numeric ? "num" : c.width ? "" : "nw", c.tone?.(row) ?? ""]
          .filter(Boolean)
          .join(" ");
        return `<td${classes ? ` class="${classes}"` : ""}>${escapeHtml(String(c.cell(row, i)))}</td>`;
      })
      .join("")}</tr>`;
  const body = rows.map((r, i) => line(r, i)).join("");
  const total = options.total === undefined ? "" : line(options.total, -1, "total");
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}${total}</tbody></table>`;
}
