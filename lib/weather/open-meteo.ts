export type Units = "fahrenheit" | "celsius";
export type Reading = { temperature: number; units: Units; fetchedAt: Date };
export type Location = { latitude: number; longitude: number; units: Units };

export const DEFAULT_WEATHER_API_URL = "https://api.open-meteo.com";

/** The current temperature from Open-Meteo's forecast API; throws on a timeout, an HTTP error or a bad body. */
export async function fetchCurrentTemperature(baseUrl: string, loc: Location, timeoutMs = 2000): Promise<Reading> {
  const url = new URL("/v1/forecast", baseUrl);
  url.searchParams.set("latitude", String(loc.latitude));
  url.searchParams.set("longitude", String(loc.longitude));
  url.searchParams.set("current", "temperature_2m");
  url.searchParams.set("temperature_unit", loc.units);
  const signal = AbortSignal.timeout(timeoutMs);
  const res = await fetch(url, { signal, cache: "no-store" });
  if (!res.ok) throw new Error(`Open-Meteo answered ${res.status}`);
  // The body is read under the same timeout: a source that sends headers and then stalls still gives up in time.
  const body = (await res.json()) as { current?: { temperature_2m?: unknown } };
  const temperature = body.current?.temperature_2m;
  if (typeof temperature !== "number" || !Number.isFinite(temperature))
    throw new Error("Open-Meteo sent no temperature");
  return { temperature, units: loc.units, fetchedAt: new Date() };
}

/** "60.4 °F Los Angeles" */
export function formatReading(reading: Pick<Reading, "temperature" | "units">, city: string): string {
  return `${reading.temperature.toFixed(1)} °${reading.units === "fahrenheit" ? "F" : "C"} ${city}`.trim();
}
