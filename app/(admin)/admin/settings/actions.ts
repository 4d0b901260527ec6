"use server";
import { revalidateTag } from "next/cache";
import { saveSiteSettings } from "@/db/mutations/settings";
import { guardAction } from "@/lib/authz";
import { cacheTags } from "@/lib/cache-tags";
import { deniedState, fieldErrors, formValues, invalid, type FormState } from "@/lib/form-state";
import { adHostsFromEnv } from "@/lib/security-headers";
import { settingsSchema } from "@/lib/validation/settings";

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("updateSettingsAction");
  if (!actor) return { ...deniedState, values };
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
  // The reader pages' Content-Security-Policy admits only the ad origins in AD_HOSTS (set at deploy time), so a
  // script from anywhere else would be blocked in every reader's browser: refuse it here instead.
  const script = parsed.data.adScriptUrl;
  if (script && !adHostsFromEnv().includes(new URL(script).origin)) {
    const adScriptUrl = `Its origin, ${new URL(script).origin}, is not in AD_HOSTS; add it there first.`;
    return invalid({ adScriptUrl }, values);
  }
  await saveSiteSettings(parsed.data, actor.id);
  revalidateTag(cacheTags.settings, { expire: 0 });
  return { ok: true, message: "Settings saved.", values };
}
