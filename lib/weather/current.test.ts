import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getCurrentReading, nextAskAt, resetWeatherMemory, retrySeconds, type ReadingStore } from "./current";
import { fetchCurrentTemperature, formatReading, type Reading } from "./open-meteo";

// A real HTTP server standing in for Open-Meteo; each test sets how it answers.
let mode: "ok" | "fail" | "slow" | "garbage" = "ok";
let temperature = 60.4;
let requests = 0;
let lastQuery: URLSearchParams | null = null;
const server = http.createServer((req, res) => {
  requests++;
  lastQuery = new URL(req.url ?? "/", "http://x").searchParams;
  if (mode === "fail") return void res.writeHead(503).end("down");
  if (mode === "garbage") return void res.writeHead(200, { "content-type": "application/json" }).end('{"current":{}}');
  const reply = () =>
    res
      .writeHead(200, { "content-type": "application/json" })
      .end(JSON.stringify({ current: { temperature_2m: temperature } }));
  if (mode === "slow") setTimeout(reply, 3000);
  else reply();
});
let baseUrl = "";
const loc = { latitude: 34.0522, longitude: -118.2437, units: "fahrenheit" as const };

function memoryStore(initial?: Reading): ReadingStore & { saved: Reading[] } {
  let stored = initial ?? null;
  const saved: Reading[] = [];
  return { saved, load: async () => stored, save: async (_k, r) => void ((stored = r), saved.push(r)) };
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});
beforeEach(() => {
  resetWeatherMemory();
  mode = "ok";
  temperature = 60.4;
  requests = 0;
});

describe("Open-Meteo client", () => {
  it("asks for the current temperature in the newsroom's units and reads it", async () => {
    const reading = await fetchCurrentTemperature(baseUrl, loc);
    expect(reading.temperature).toBe(60.4);
    expect(lastQuery?.get("current")).toBe("temperature_2m");
    expect(lastQuery?.get("temperature_unit")).toBe("fahrenheit");
    expect(lastQuery?.get("latitude")).toBe("34.0522");
    expect(formatReading(reading, "Los Angeles")).toBe("60.4 °F Los Angeles");
    expect(formatReading({ temperature: 18, units: "celsius" }, "Seoul")).toBe("18.0 °C Seoul");
  });

  it("rejects an error status, a body without a temperature, and a source slower than the timeout", async () => {
    mode = "fail";
    await expect(fetchCurrentTemperature(baseUrl, loc)).rejects.toThrow(/503/);
    mode = "garbage";
    await expect(fetchCurrentTemperature(baseUrl, loc)).rejects.toThrow(/no temperature/);
    mode = "slow";
    const started = Date.now();
    await expect(fetchCurrentTemperature(baseUrl, loc, 500)).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1500);
  });
});

describe("current reading with fallback", () => {
  const opts = { cacheMs: 900_000, retryMs: 60_000 };

  it("fetches once, keeps the reading for the cache period and stores it as the last good one", async () => {
    const store = memoryStore();
    const first = await getCurrentReading(loc, store, { ...opts, baseUrl });
    temperature = 99;
    const second = await getCurrentReading(loc, store, { ...opts, baseUrl });
    expect(first?.temperature).toBe(60.4);
    expect(second?.temperature).toBe(60.4);
    expect(requests).toBe(1);
    expect(store.saved).toHaveLength(1);
  });

  it("falls back to a stored reading under three hours old when the source fails", async () => {
    mode = "fail";
    const store = memoryStore({
      temperature: 58.1,
      units: "fahrenheit",
      fetchedAt: new Date(Date.now() - 2 * 3600_000),
    });
    expect((await getCurrentReading(loc, store, { ...opts, baseUrl }))?.temperature).toBe(58.1);
    // The failure is remembered: the next page does not wait on the source again.
    await getCurrentReading(loc, store, { ...opts, baseUrl });
    expect(requests).toBe(1);
  });

  it("shows nothing when the only stored reading is over three hours old", async () => {
    mode = "fail";
    const store = memoryStore({
      temperature: 58.1,
      units: "fahrenheit",
      fetchedAt: new Date(Date.now() - 4 * 3600_000),
    });
    expect(await getCurrentReading(loc, store, { ...opts, baseUrl })).toBeNull();
  });

  it("gives up on a slow source within the timeout and uses the last good reading", async () => {
    mode = "slow";
    const store = memoryStore({ temperature: 61.7, units: "fahrenheit", fetchedAt: new Date(Date.now() - 600_000) });
    const started = Date.now();
    const reading = await getCurrentReading(loc, store, { ...opts, baseUrl, timeoutMs: 2000 });
    const waited = Date.now() - started;
    expect(reading?.temperature).toBe(61.7);
    expect(waited).toBeGreaterThanOrEqual(1900);
    expect(waited).toBeLessThan(2600);
  });

  it("fetches an expired reading again and waits for it, so a cache refreshing around it gets the new one", async () => {
    let now = Date.now();
    const store = memoryStore();
    await getCurrentReading(loc, store, { ...opts, baseUrl, now: () => now });
    now += 901_000;
    temperature = 70.1;
    // Both callers come while the source is being asked: both get the new reading, from one request.
    const [a, b] = await Promise.all([
      getCurrentReading(loc, store, { ...opts, baseUrl, now: () => now }),
      getCurrentReading(loc, store, { ...opts, baseUrl, now: () => now }),
    ]);
    expect([a?.temperature, b?.temperature]).toEqual([70.1, 70.1]);
    expect(requests).toBe(2);
  });

  it("tries the source again after the retry period", async () => {
    let now = Date.now();
    const store = memoryStore();
    mode = "fail";
    expect(await getCurrentReading(loc, store, { ...opts, baseUrl, now: () => now })).toBeNull();
    mode = "ok";
    now += 61_000;
    expect((await getCurrentReading(loc, store, { ...opts, baseUrl, now: () => now }))?.temperature).toBe(60.4);
  });

  it("waits WEATHER_RETRY_SECONDS before asking a failed source again, else a minute or the cache life if shorter", () => {
    vi.stubEnv("WEATHER_RETRY_SECONDS", "");
    vi.stubEnv("WEATHER_CACHE_SECONDS", "");
    try {
      expect(retrySeconds()).toBe(60);
      vi.stubEnv("WEATHER_CACHE_SECONDS", "20");
      expect(retrySeconds()).toBe(20);
      vi.stubEnv("WEATHER_RETRY_SECONDS", "5");
      expect(retrySeconds()).toBe(5);
      vi.stubEnv("WEATHER_RETRY_SECONDS", "none");
      expect(retrySeconds(900)).toBe(60);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("says when it will next ask the source: the reading's expiry, or the end of the retry period after a failure", async () => {
    let now = Date.now();
    const at = { ...opts, baseUrl, now: () => now };
    expect(nextAskAt(loc, at)).toBe(now); // nothing asked yet
    await getCurrentReading(loc, memoryStore(), at);
    const fetched = now;
    expect(nextAskAt(loc, at)).toBe(fetched + 900_000);
    now += 300_000;
    await getCurrentReading(loc, memoryStore(), at);
    expect(nextAskAt(loc, at)).toBe(fetched + 900_000);

    // The source fails with an hour-old reading stored: that reading is shown until the retry period has passed.
    resetWeatherMemory();
    mode = "fail";
    const hourOld = { temperature: 33.3, units: "fahrenheit" as const, fetchedAt: new Date(now - 3600_000) };
    expect((await getCurrentReading(loc, memoryStore(hourOld), at))?.temperature).toBe(33.3);
    expect(nextAskAt(loc, at)).toBe(now + 60_000);
    // With nothing stored, likewise.
    resetWeatherMemory();
    expect(await getCurrentReading(loc, memoryStore(), at)).toBeNull();
    expect(nextAskAt(loc, at)).toBe(now + 60_000);
    // A reading stored two minutes ago is as good as a fetched one until it is 15 minutes old.
    resetWeatherMemory();
    const recent = { ...hourOld, fetchedAt: new Date(now - 120_000) };
    await getCurrentReading(loc, memoryStore(recent), at);
    expect(nextAskAt(loc, at)).toBe(now - 120_000 + 900_000);
  });

  it("never throws, even when the store fails too", async () => {
    mode = "fail";
    const broken: ReadingStore = {
      load: () => Promise.reject(new Error("db down")),
      save: () => Promise.reject(new Error("db down")),
    };
    expect(await getCurrentReading(loc, broken, { ...opts, baseUrl })).toBeNull();
  });
});
