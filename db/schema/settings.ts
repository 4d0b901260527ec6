import { sql } from "drizzle-orm";
import type { Language } from "../../lib/content/language";
import {
  boolean,
  check,
  doublePrecision,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

export const adPlacementEnum = pgEnum("ad_placement", ["after_paragraph", "sidebar", "none"]);
export const twoFactorPolicyEnum = pgEnum("two_factor_policy", ["off", "editors", "everyone"]);
export const weatherUnitsEnum = pgEnum("weather_units", ["fahrenheit", "celsius"]);

/** The newsroom's settings: a single row (id = 1). */
export const siteSettings = pgTable(
  "site_settings",
  {
    id: smallint("id").primaryKey().default(1),
    siteName: text("site_name").notNull().default("Masthead"),
    tagline: text("tagline").notNull().default(""),
    timeZone: text("time_zone").notNull().default("America/Los_Angeles"),
    weatherLatitude: doublePrecision("weather_latitude").notNull().default(34.0522),
    weatherLongitude: doublePrecision("weather_longitude").notNull().default(-118.2437),
    weatherCity: text("weather_city").notNull().default("Los Angeles"),
    weatherUnits: weatherUnitsEnum("weather_units").notNull().default("fahrenheit"),
    adPlacement: adPlacementEnum("ad_placement").notNull().default("after_paragraph"),
    adAfterParagraph: integer("ad_after_paragraph").notNull().default(3),
    // The ad tag's script (components/ads/ad-hook.tsx); its origin must be listed in AD_HOSTS for the CSP.
    adScriptUrl: text("ad_script_url"),
    // Who must have two factors before the desk opens for them (lib/auth/actor.ts): nobody, editors and admins, all.
    requireTwoFactor: twoFactorPolicyEnum("require_two_factor").notNull().default("off"),
    // Staff sign in only through the OpenID Connect provider (lib/auth/sso.ts); honoured only while SSO is configured.
    ssoOnly: boolean("sso_only").notNull().default(false),
    // The languages the newsroom publishes in, its main one first: the main one is the language of the site's own
    // words (masthead, footer) and of new stories; the desk offers only these (lib/content/language.ts).
    languages: text("languages")
      .array()
      .$type<Language[]>()
      .notNull()
      .default(sql`'{en,ko}'::text[]`),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("site_settings_single_row", sql`${t.id} = 1`)],
);

/** The last good weather reading per location, so a failing source can fall back to it for a while. */
export const weatherReadings = pgTable("weather_readings", {
  locationKey: text("location_key").primaryKey(),
  temperature: doublePrecision("temperature").notNull(),
  units: weatherUnitsEnum("units").notNull(),
  fetchedAt: timestamp("fetched_at", { withTimezone: true }).notNull(),
});
