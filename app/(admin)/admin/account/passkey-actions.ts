"use server";
import { revalidatePath } from "next/cache";
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { getSiteSettings } from "@/db/queries/settings";
import { getPasswordHash, getTwoFactor } from "@/db/queries/users";
import { removePasskey, renamePasskey } from "@/db/mutations/passkeys";
import { writer } from "@/db/mutations/writer";
import { beginPasskeyRegistration, finishPasskeyRegistration } from "@/lib/auth/passkeys";
import { deskAction } from "@/lib/desk-action";
import { invalid, type FormState } from "@/lib/form-state";
import { verifyPassword } from "@/lib/password";
import { addPasskeySchema, beginPasskeySchema, removePasskeySchema, renamePasskeySchema } from "@/lib/validation/staff";

// Every action here works on the signed-in person's own passkeys: the user id is the actor's, never the form's.

/**
 * The options for a new passkey. Adding one takes the password, as turning two factors off does: a passkey opens
 * the account alone, so a session left open (or a stolen cookie) must not be enough to plant one.
 */
export const beginPasskeyAction = deskAction(
  { name: "beginPasskeyAction", capability: "account.self", schema: beginPasskeySchema },
  async ({ current }, { actor }): Promise<FormState & { options?: PublicKeyCredentialCreationOptionsJSON }> => {
    const hash = await getPasswordHash(actor.id);
    if (!hash || !(await verifyPassword(hash, current)))
      return invalid({ current: "That is not your current password." });
    const options = await beginPasskeyRegistration(actor, (await getSiteSettings()).siteName);
    if (!options) return { ok: false, message: "Passkeys are not available on this server (no AUTH_SECRET)." };
    return { ok: true, options };
  },
);

const addRefusals = {
  expired: "That took too long, or started in another tab. Add the passkey again.",
  refused: "The passkey could not be checked. Add it again.",
  duplicate: "That passkey is already registered.",
} as const;

/** Keeps the new passkey once its answer is checked against this person's own challenge. */
export const addPasskeyAction = deskAction(
  { name: "addPasskeyAction", capability: "account.self", schema: addPasskeySchema },
  async ({ name, response }, { actor }) => {
    let parsed: RegistrationResponseJSON;
    try {
      parsed = JSON.parse(response) as RegistrationResponseJSON;
    } catch {
      return { ok: false, message: addRefusals.refused };
    }
    const outcome = await finishPasskeyRegistration(actor.id, parsed, name);
    if (outcome !== "added") return { ok: false, message: addRefusals[outcome] };
    revalidatePath("/admin/account");
    return { ok: true, message: `Passkey “${name}” added.` };
  },
);

export const renamePasskeyAction = deskAction(
  { name: "renamePasskeyAction", capability: "account.self", schema: renamePasskeySchema },
  async ({ id, newName }, { actor, values }) => {
    if (!(await renamePasskey(await writer(), actor.id, id, newName)))
      return { ok: false, message: "That passkey is not yours, or was removed.", values };
    revalidatePath("/admin/account");
    return { ok: true, message: "Passkey renamed.", values };
  },
);

/** Removes a passkey; the last one stays while the newsroom requires two factors of this person and no app is set. */
export const removePasskeyAction = deskAction(
  { name: "removePasskeyAction", capability: "account.self", schema: removePasskeySchema },
  async ({ id }, { actor }) => {
    const [settings, factors] = await Promise.all([getSiteSettings(), getTwoFactor(actor.id)]);
    const policy = settings.requireTwoFactor;
    const required = policy === "everyone" || (policy === "editors" && ["editor", "admin"].includes(actor.role));
    const outcome = await removePasskey(await writer(), actor.id, id, required && !factors?.enabledAt);
    if (outcome === "missing") return { ok: false, message: "That passkey is not yours, or was already removed." };
    if (outcome === "last")
      return {
        ok: false,
        message:
          "Your newsroom requires two factors: add another passkey or an authenticator app before you remove this one.",
      };
    revalidatePath("/admin/account");
    return { ok: true, message: "Passkey removed." };
  },
);
