import type { Metadata } from "next";
import { getSiteSettings } from "@/db/queries/settings";
import { requirePage } from "@/lib/authz";
import { mainLanguage } from "@/lib/content/language";
import { ssoConfig, ssoOnlyOverridden } from "@/lib/auth/sso";
import { SettingsForm } from "./settings-form";

export const instant = false;

export const metadata: Metadata = { title: "Site settings" };

export default async function SettingsPage() {
  await requirePage("/admin/settings");
  const s = await getSiteSettings();
  const sso = ssoConfig();
  return (
    <>
      <h1 className="mb-6 font-serif text-3xl font-bold">Site settings</h1>
      <SettingsForm
        initial={{
          siteName: s.siteName,
          timeZone: s.timeZone,
          weatherLatitude: String(s.weatherLatitude),
          weatherLongitude: String(s.weatherLongitude),
          weatherCity: s.weatherCity,
          weatherUnits: s.weatherUnits,
          adPlacement: s.adPlacement,
          adAfterParagraph: String(s.adAfterParagraph),
          adScriptUrl: s.adScriptUrl ?? "",
          requireTwoFactor: s.requireTwoFactor,
          ssoOnly: s.ssoOnly ? "on" : "",
          mainLanguage: mainLanguage(s),
          languages: s.languages.join("\n"),
        }}
        sso={sso ? { name: sso.name, overridden: ssoOnlyOverridden() } : null}
      />
    </>
  );
}
