import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { saveReading } from "../mutations/weather";
import { getLastReading } from "./weather";
import { writer } from "@/db/mutations/writer";

withTestDatabase();

describe("last good weather reading", () => {
  it("keeps one reading per location, replaced by the newest", async () => {
    expect(await getLastReading("34.052,-118.244,fahrenheit")).toBeNull();
    await saveReading(await writer(), "34.052,-118.244,fahrenheit", {
      temperature: 60.4,
      units: "fahrenheit",
      fetchedAt: new Date("2025-06-07T19:00:00Z"),
    });
    await saveReading(await writer(), "34.052,-118.244,fahrenheit", {
      temperature: 62.5,
      units: "fahrenheit",
      fetchedAt: new Date("2025-06-07T19:15:00Z"),
    });
    expect(await getLastReading("34.052,-118.244,fahrenheit")).toEqual({
      temperature: 62.5,
      units: "fahrenheit",
      fetchedAt: new Date("2025-06-07T19:15:00Z"),
    });
  });
});
