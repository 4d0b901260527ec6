import { DEFAULT_WEATHER_API_URL, fetchCurrentTemperature, type Location, type Reading } from "./open-meteo";
import { processSlot } from "@/db/process-state";

/** Where the last good reading is kept (the weather_readings table in the app; anything in tests). */
export type ReadingStore = {
  load: (key: string) => Promise<Reading | null>;
  save: (key: string, reading: Reading) => Promise<void>;
};

export type WeatherOptions = {
  baseUrl?: string;
  timeoutMs?: number;
  /** A good reading is reused this long (15 minutes). */
  cacheMs?: number;
  /** After a failure the source is left alone this long, so a dead source costs one slow request, not every one. */
  retryMs?: number;
  /** A stored reading older than this is not shown (3 hours). */
  maxAgeMs?: number;
  now?: () => number;
};

type Entry = { reading: Reading | null; checkedAt: number; pending?: Promise<Reading | null> };
// Per process: each route's server bundle may hold its own copy of this module, and they should share one reading.
const shared = processSlot<Map<string, Entry>>("weather");
const memory = shared.get() ?? new Map<string, Entry>();
shared.set(memory);

export function locationKey(loc: Location): string {
  return `${loc.latitude.toFixed(3)},${loc.longitude.toFixed(3)},${loc.units}`;
}

function secondsFromEnv(name: string): number | undefined {
  const n = Number(process.env[name]);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function cacheSeconds(): number {
  return secondsFromEnv("WEATHER_CACHE_SECONDS") ?? 900;
}

/** After a failure, how long the source is left alone: WEATHER_RETRY_SECONDS, else a minute or the cache life. */
export function retrySeconds(cache = cacheSeconds()): number {
  return secondsFromEnv("WEATHER_RETRY_SECONDS") ?? Math.min(60, cache);
}

function timing(opts: WeatherOptions) {
  const cacheMs = opts.cacheMs ?? cacheSeconds() * 1000;
  return { now: opts.now ?? Date.now, cacheMs, retryMs: opts.retryMs ?? retrySeconds(cacheMs / 1000) * 1000 };
}

/**
 * When getCurrentReading will next ask the source for this location (ms since the epoch), as its memory stands:
 * once the reading is older than the cache period and the retry period since the last ask has passed; now when it
 * has not asked yet. The header's cached component is kept until then.
 */
export function nextAskAt(loc: Location, opts: WeatherOptions = {}): number {
  const { now, cacheMs, retryMs } = timing(opts);
  const entry = memory.get(locationKey(loc));
  return entry ? dueAt(entry, cacheMs, retryMs) : now();
}

/** The one rule for asking the source again: the reading has expired and the retry period has passed. */
function dueAt(entry: Entry, cacheMs: number, retryMs: number): number {
  return Math.max(entry.reading ? entry.reading.fetchedAt.getTime() + cacheMs : 0, entry.checkedAt + retryMs);
}

/**
 * The current reading for a location, or null when there is none worth showing. Never throws, never waits
 * more than about timeoutMs: a fresh reading comes from memory; otherwise one request goes to the source
 * (concurrent callers share it); when that fails, the last good reading is used if it is under maxAgeMs old.
 */
export async function getCurrentReading(
  loc: Location,
  store: ReadingStore,
  opts: WeatherOptions = {},
): Promise<Reading | null> {
  const { now, cacheMs, retryMs } = timing(opts);
  const maxAgeMs = opts.maxAgeMs ?? 3 * 3600_000;
  const key = locationKey(loc);
  const entry = memory.get(key);
  const fresh = (r: Reading | null) => (r && now() - r.fetchedAt.getTime() < maxAgeMs ? r : null);

  // An expired reading is fetched again and waited for (at most timeoutMs). The caller is the header's cached
  // component, which Next.js refreshes in the background while readers get the page it has: handing back the old
  // reading here too put it into the refreshed entry, and a page shell over that entry took a third round to show a
  // new reading (the section pages).
  if (entry?.pending) return entry.pending;
  // Not due: a reading still in its cache period as it is; after a failure, the last good one if recent enough.
  if (entry && now() < dueAt(entry, cacheMs, retryMs)) {
    const expired = !entry.reading || now() - entry.reading.fetchedAt.getTime() >= cacheMs;
    return expired ? fresh(entry.reading) : entry.reading;
  }
  const pending = (async () => {
    try {
      const baseUrl = opts.baseUrl ?? process.env.WEATHER_API_URL ?? DEFAULT_WEATHER_API_URL;
      const reading = { ...(await fetchCurrentTemperature(baseUrl, loc, opts.timeoutMs)), fetchedAt: new Date(now()) };
      memory.set(key, { reading, checkedAt: now() });
      await store.save(key, reading).catch((error) => console.error("weather: could not store the reading", error));
      return reading;
    } catch (error) {
      console.warn(
        `weather: source failed (${error instanceof Error ? error.message : error}); using the last good reading`,
      );
      const last = (await store.load(key).catch(() => null)) ?? entry?.reading ?? null;
      memory.set(key, { reading: last, checkedAt: now() });
      return fresh(last);
    }
  })();
  memory.set(key, { reading: entry?.reading ?? null, checkedAt: entry?.checkedAt ?? 0, pending });
  return pending;
}

/** Forgets in-memory readings (tests). */
export function resetWeatherMemory(): void {
  memory.clear();
}
