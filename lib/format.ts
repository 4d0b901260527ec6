// Building a DateTimeFormat costs far more than formatting with one (a listing page's profile showed 6% of its
// time in the constructor), so each (options, time zone) pair is built once.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(kind: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat("en-US", { ...options, timeZone })));
  return f;
}

/** Dates for readers, always in the newsroom's time zone. */
export function formatLongDate(date: Date, timeZone: string): string {
  return dateFormat("long", timeZone, { weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(date);
}

export function formatDateTime(date: Date, timeZone: string): string {
  return dateFormat("dateTime", timeZone, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/** Seconds left in the day in a time zone (a DST change day is an hour off, which only delays the turnover). */
export function secondsUntilMidnight(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
    hourCycle: "h23",
    timeZone,
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // Some ICU versions say hour 24 at midnight even with h23.
  return Math.max(1, 86_400 - ((get("hour") % 24) * 3600 + get("minute") * 60 + get("second")));
}
