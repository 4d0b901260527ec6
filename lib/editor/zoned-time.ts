/** Times on the desk, in the newsroom's zone (a site setting), with Intl only. */

/** "10:42" in the newsroom's zone, 24-hour, for the save status. */
export function formatClock(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(
    date,
  );
}

/** "Nov 29, 10:42" (with the year when it is not this year's), for notes and link expiries. */
export function formatShortDateTime(date: Date, timeZone: string, now = new Date()): string {
  const year = (d: Date) => new Intl.DateTimeFormat("en-US", { year: "numeric", timeZone }).format(d);
  return new Intl.DateTimeFormat("en-US", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    ...(year(date) !== year(now) ? { year: "numeric" } : {}),
  }).format(date);
}

/** The zone's offset from UTC at an instant, in minutes (east positive): -300 for New York in winter. */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === "-" ? -minutes : minutes;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A wall-clock date ("2026-12-01") and time ("09:30") in a zone, as an ISO string with that zone's offset:
 * "2026-12-01T09:30:00-05:00". A time skipped by a DST change moves forward by the gap, as clocks do.
 */
export function zonedWallTimeToIso(date: string, time: string, timeZone: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  // The offset at the wall time read as UTC, and at the instant that gives: one of them is right, except in a
  // spring-forward gap, where the earlier offset moves the time forward by the gap.
  const o1 = zoneOffsetMinutes(new Date(wall), timeZone);
  const o2 = zoneOffsetMinutes(new Date(wall - o1 * 60_000), timeZone);
  const wanted = `${date}T${time}`;
  for (const o of [o2, o1]) {
    const iso = isoInZone(new Date(wall - o * 60_000), timeZone);
    if (iso.startsWith(wanted)) return iso;
  }
  return isoInZone(new Date(wall - Math.min(o1, o2) * 60_000), timeZone);
}

/** An instant as "YYYY-MM-DDTHH:MM:00±HH:MM" in a zone. */
export function isoInZone(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const local = new Date(instant.getTime() + offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Today's date and the next full hour in a zone, to prefill the schedule form. */
export function nextHourInZone(timeZone: string, now = new Date()): { date: string; time: string } {
  const iso = isoInZone(new Date(Math.ceil((now.getTime() + 60_000) / 3_600_000) * 3_600_000), timeZone);
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** "Eastern Standard Time" for a zone at an instant, to say which clock the schedule form uses. */
export function zoneLongName(timeZone: string, instant = new Date()): string {
  return (
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "long" })
      .formatToParts(instant)
      .find((p) => p.type === "timeZoneName")?.value ?? timeZone
  );
}
