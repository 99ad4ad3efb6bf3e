/**
 * Keyset pages have no numbers, only cursors. The cursors that led to the current page are kept in
 * browser history state, so Back returns to the previous page and a detail page returns to the same page.
 */
export interface PagerHistoryState {
  cursors: string[];
}

/** The cursor stack from history state; anything unexpected means the first page. */
export function readCursorStack(state: unknown): string[] {
  if (typeof state !== "object" || state === null || !("cursors" in state)) return [];
  const { cursors } = state;
  if (!Array.isArray(cursors)) return [];
  return cursors.every((c): c is string => typeof c === "string") ? cursors : [];
}

/** The cursor of the page on show, null for the first page. */
export function currentCursor(stack: readonly string[]): string | null {
  return stack.at(-1) ?? null;
}

/** The stack after moving to the next page. */
export function pushCursor(stack: readonly string[], nextCursor: string): PagerHistoryState {
  return { cursors: [...stack, nextCursor] };
}

/** The stack after moving to the previous page. */
export function popCursor(stack: readonly string[]): PagerHistoryState {
  return { cursors: stack.slice(0, -1) };
}
