import "server-only";
import type { Database } from "../client";
import { sql } from "drizzle-orm";
import { siteSettings } from "../schema";
import { recordAudit } from "./audit";
import type { Language } from "@/lib/content/language";

export type SettingsInput = {
  siteName: string;
  timeZone: string;
  weatherLatitude: number;
  weatherLongitude: number;
  weatherCity: string;
  weatherUnits: "fahrenheit" | "celsius";
  adPlacement: "after_paragraph" | "sidebar" | "none";
  adAfterParagraph: number;
  adScriptUrl: string | null;
  requireTwoFactor: "off" | "editors" | "everyone";
  ssoOnly: boolean;
  /** The main language first. */
  languages: Language[];
};

export async function saveSiteSettings(db: Database, input: SettingsInput, actorId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(siteSettings)
      .values({ id: 1, ...input })
      .onConflictDoUpdate({ target: siteSettings.id, set: { ...input, updatedAt: sql`now()` } });
    await recordAudit(tx, { actorId, action: "settings.update", entityType: "site_settings", entityId: "1" });
  });
}
