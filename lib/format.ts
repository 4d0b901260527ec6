/** Dates for readers, always in the newsroom's time zone. */
export function formatLongDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", { weekday: "long", year: "numeric", month: "long", day: "numeric", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-US", {
    year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZone, timeZoneName: "short",
  }).format(date);
}

/** Seconds left in the day in a time zone (a DST change day is an hour off, which only delays the turnover). */
export function secondsUntilMidnight(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "numeric", second: "numeric", hourCycle: "h23", timeZone })
    .formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  // Some ICU versions say hour 24 at midnight even with h23.
  return Math.max(1, 86_400 - ((get("hour") % 24) * 3600 + get("minute") * 60 + get("second")));
}
