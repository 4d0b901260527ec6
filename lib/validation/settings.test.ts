import { describe, expect, it } from "vitest";
import { mainLanguage, offeredLanguages } from "@/lib/content/language";
import { settingsSchema } from "./settings";

const form = {
  siteName: "The Pacific Ledger",
  timeZone: "America/Los_Angeles",
  weatherLatitude: "34.05",
  weatherLongitude: "-118.24",
  weatherCity: "Los Angeles",
  weatherUnits: "fahrenheit",
  adPlacement: "after_paragraph",
  adAfterParagraph: "3",
  adScriptUrl: "",
  requireTwoFactor: "off",
};

describe("the languages in site settings", () => {
  it("keeps the main language first and the ticked others after it, whatever else was ticked", () => {
    const parse = (boxes: Record<string, unknown>) => settingsSchema.parse({ ...form, ...boxes }).languages;
    // One box ticked sends a string, several a list, none nothing (lib/form-state.ts formFields).
    expect(parse({ mainLanguage: "ko", languages: "en" })).toEqual(["ko", "en"]);
    expect(parse({ mainLanguage: "en" })).toEqual(["en"]);
    expect(parse({ mainLanguage: "en", languages: ["ko", "en"] })).toEqual(["en", "ko"]);
    expect(settingsSchema.safeParse({ ...form, mainLanguage: "en", languages: ["fr"] }).success).toBe(false);
  });

  it("refuses a main language Masthead has no reader words for, with a sentence", () => {
    const result = settingsSchema.safeParse({ ...form, mainLanguage: "fr" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Choose the main language.");
  });

  it("offers the desk the newsroom's languages, and a story's own when it is no longer one of them", () => {
    expect(mainLanguage({ languages: ["ko", "en"] })).toBe("ko");
    expect(mainLanguage({ languages: [] })).toBe("en");
    expect(offeredLanguages({ languages: ["en"] })).toEqual(["en"]);
    expect(offeredLanguages({ languages: ["en"] }, "ko")).toEqual(["en", "ko"]);
  });
});
