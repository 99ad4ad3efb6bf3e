/** What the navigation needs to know about an entry to decide whether and when it shows as current. */
export interface NavEntry {
  key: string;
  /** The route it opens; "/" only matches itself, other paths also match their sub-pages. */
  path: string;
  /** The permission a caller needs to see it; none: every signed-in caller. */
  permission?: string;
}

/** The entries the caller's permissions allow, in their order. */
export function visibleNavEntries<T extends NavEntry>(
  entries: readonly T[],
  permissions: readonly string[],
): T[] {
  return entries.filter((entry) => !entry.permission || permissions.includes(entry.permission));
}

/** The key of the entry the current path belongs to (the longest matching path), or null. */
export function selectedNavKey(entries: readonly NavEntry[], pathname: string): string | null {
  let best: NavEntry | null = null;
  for (const entry of entries) {
    const matches =
      entry.path === "/"
        ? pathname === "/"
        : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.key ?? null;
}
