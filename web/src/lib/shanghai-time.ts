/** Business time zone of the platform: every timestamp is shown as Beijing time. */
export const SHANGHAI = "Asia/Shanghai";

const DATE_TIME = new Intl.DateTimeFormat("en-CA", {
  timeZone: SHANGHAI,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function parts(instant: string | Date): Record<string, string> | null {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(DATE_TIME.formatToParts(date).map((part) => [part.type, part.value]));
}

/** An instant as Beijing time, "2026-11-26 17:39:57"; an unreadable value comes back as given. */
export function formatShanghaiDateTime(instant: string): string {
  const p = parts(instant);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}` : instant;
}

/** The Beijing calendar date of an instant, "2026-11-26". */
export function formatShanghaiDate(instant: string): string {
  const p = parts(instant);
  return p ? `${p.year}-${p.month}-${p.day}` : instant;
}

/**
 * A wall-clock time typed in Beijing time ("2026-11-26 17:39" or with seconds) as an ISO instant with
 * the +08:00 offset, which is what the API's time filters expect. Null for anything else.
 */
export function shanghaiWallTimeToIso(wallTime: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/.exec(wallTime.trim());
  if (!match) return null;
  return `${match[1]}T${match[2]}${match[3] ?? ":00"}+08:00`;
}
