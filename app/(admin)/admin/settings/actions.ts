"use server";
import { revalidateTag } from "next/cache";
import { saveSiteSettings } from "@/db/mutations/settings";
import { guardAction } from "@/lib/authz";
import { cacheTags } from "@/lib/cache-tags";
import { deniedState, fieldErrors, formValues, type FormState } from "@/lib/form-state";
import { adHostsFromEnv } from "@/lib/security-headers";
import { settingsSchema } from "@/lib/validation/settings";

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("updateSettingsAction");
  if (!actor) return { ...deniedState, values };
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error.issues), values };
  await saveSiteSettings(parsed.data, actor.id);
  revalidateTag(cacheTags.settings, { expire: 0 });
  // The reader pages' Content-Security-Policy allows only the ad origins in AD_HOSTS (set at deploy time).
  const allowed = new Set(adHostsFromEnv());
  const blocked = parsed.data.adHosts.filter((h) => !allowed.has(h));
  const warning = blocked.length ? ` Note: ${blocked.join(", ")} must also be added to AD_HOSTS, or browsers will block it.` : "";
  return { ok: true, message: `Settings saved.${warning}`, values };
}
