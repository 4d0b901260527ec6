"use server";
import { revalidateTag } from "next/cache";
import { saveSiteSettings } from "@/db/mutations/settings";
import { getSiteSettings } from "@/db/queries/settings";
import { getTwoFactor } from "@/db/queries/users";
import { ssoConfig } from "@/lib/auth/sso";
import { cacheTags } from "@/lib/cache-tags";
import { deskAction } from "@/lib/desk-action";
import { invalid } from "@/lib/form-state";
import { adHostsFromEnv } from "@/lib/security-headers";
import { settingsSchema } from "@/lib/validation/settings";
import { writer } from "@/db/mutations/writer";

export const updateSettingsAction = deskAction(
  { name: "updateSettingsAction", capability: "settings.manage", schema: settingsSchema },
  async (settings, { actor, values }) => {
    // The reader pages' Content-Security-Policy admits only the ad origins in AD_HOSTS (set at deploy time), so a
    // script from anywhere else would be blocked in every reader's browser: refuse it here instead.
    const script = settings.adScriptUrl;
    if (script && !adHostsFromEnv().includes(new URL(script).origin)) {
      return invalid(
        { adScriptUrl: `Its origin, ${new URL(script).origin}, is not in AD_HOSTS; add it there first.` },
        values,
      );
    }
    // SSO only, turned on by someone not signed in through SSO, could shut everyone out if SSO does not work for
    // them: it needs SSO configured, and this admin's own session opened through it.
    const sso = ssoConfig();
    if (settings.ssoOnly && !sso)
      return invalid(
        { ssoOnly: "Single sign-on is not configured (SSO_ISSUER and the client), so it cannot be the only way in." },
        values,
      );
    if (settings.ssoOnly && !(await getSiteSettings()).ssoOnly && actor.signInMethod !== "sso")
      return invalid(
        { ssoOnly: `Sign in through ${sso!.name} yourself first, so you know it works before passwords stop working.` },
        values,
      );
    // A rule that covers admins, saved by an admin without two factors, would shut them out of this page at once.
    // A session opened through SSO meets the rule (lib/auth/actor.ts), so such an admin is not shut out; so do a
    // passkey and the authenticator app.
    const own = await getTwoFactor(actor.id);
    if (settings.requireTwoFactor !== "off" && actor.signInMethod !== "sso" && !own?.enabledAt && !own?.passkeys) {
      return invalid(
        {
          requireTwoFactor:
            "Turn on two-factor authentication for your own account first (Your account: an authenticator app or a passkey), so this rule does not lock you out.",
        },
        values,
      );
    }
    await saveSiteSettings(await writer(), settings, actor.id);
    revalidateTag(cacheTags.settings, { expire: 0 });
    return { ok: true, message: "Settings saved.", values };
  },
);
