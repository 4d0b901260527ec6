// Calendar days in the newsroom's time zone, with Intl only: a day is "YYYY-MM-DD", a wall time "YYYY-MM-DDTHH:mm".

const wallFormats = new Map<string, Intl.DateTimeFormat>();
function wallFormat(timeZone: string): Intl.DateTimeFormat {
  let f = wallFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    wallFormats.set(timeZone, f);
  }
  return f;
}

/** The wall clock in `timeZone` at `date`, read as if it were UTC (milliseconds). */
function wallAsUtc(date: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    wallFormat(timeZone)
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const n = (k: string) => Number(parts[k]);
  return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour") % 24, n("minute"), n("second"));
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const WALL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A real calendar day written YYYY-MM-DD (not 2026-02-31). */
export function isDay(value: string): boolean {
  return DAY_PATTERN.test(value) && isoDay(Date.parse(`${value}T00:00:00Z`) || 0) === value;
}

/** The calendar day `date` falls on in `timeZone`. */
export function dayIn(date: Date, timeZone: string): string {
  return isoDay(wallAsUtc(date, timeZone));
}

export function addDays(day: string, n: number): string {
  return isoDay(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000);
}

/** The Monday of the week `day` is in (weeks run Monday to Sunday). */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** The instant a wall time in `timeZone` names; null when it is not one. Across a DST change, the later offset. */
export function wallTimeToDate(wall: string, timeZone: string): Date | null {
  const m = WALL_PATTERN.exec(wall);
  if (!m || !isDay(`${m[1]}-${m[2]}-${m[3]}`)) return null;
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || s > 59) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), h, min, s);
  // The zone's offset at a first guess, then at the answer, so a day that changes offset lands right.
  const guess = asUtc - (wallAsUtc(new Date(asUtc), timeZone) - asUtc);
  return new Date(asUtc - (wallAsUtc(new Date(guess), timeZone) - guess));
}

/** The first instant of `day` in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
  return wallTimeToDate(`${day}T00:00`, timeZone)!;
}

/** A datetime-local input's value for `date`, in `timeZone`. */
export function wallTime(date: Date, timeZone: string): string {
  const w = new Date(wallAsUtc(date, timeZone));
  return `${isoDay(w.getTime())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}`;
}
