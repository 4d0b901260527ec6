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
const KOREAN_WEEKDAYS: Record<string, string> = {
  Sun: "일요일",
  Mon: "월요일",
  Tue: "화요일",
  Wed: "수요일",
  Thu: "목요일",
  Fri: "금요일",
  Sat: "토요일",
};

/** Today's date for the masthead: "Friday, December 4, 2026" or "2026년 12월 4일 금요일" (built from parts, as below). */
export function formatLongDate(date: Date, timeZone: string, language: string = "en"): string {
  if (language !== "ko") {
    return dateFormat("long", timeZone, { weekday: "long", year: "numeric", month: "long", day: "numeric" }).format(
      date,
    );
  }
  const parts = partsOf(
    dateFormat("longParts", timeZone, { weekday: "short", year: "numeric", month: "numeric", day: "numeric" }),
    date,
  );
  return `${parts.year}년 ${parts.month}월 ${parts.day}일 ${KOREAN_WEEKDAYS[parts.weekday!]}`;
}

function partsOf(format: Intl.DateTimeFormat, date: Date): Record<string, string> {
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/**
 * A publish or update time in the story's language: "Jun 7, 2025, 3:04 PM PDT" or "2025년 6월 7일 오후 3:04 PDT".
 * The Korean form is put together from parts: ICU versions disagree on Korean day periods (some print "PM").
 */
export function formatDateTime(date: Date, timeZone: string, language: string = "en"): string {
  const options: Intl.DateTimeFormatOptions = {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  };
  if (language !== "ko") return dateFormat("dateTime", timeZone, options).format(date);
  const parts = partsOf(
    dateFormat("dateTimeParts", timeZone, { ...options, month: "numeric", hourCycle: "h23" }),
    date,
  );
  const hour = Number(parts.hour) % 24;
  const clock = `${hour < 12 ? "오전" : "오후"} ${hour % 12 || 12}:${parts.minute}`;
  return `${parts.year}년 ${parts.month}월 ${parts.day}일 ${clock} ${parts.timeZoneName}`;
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
