"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createApiKey, revokeApiKey } from "@/db/mutations/api-keys";
import { writer } from "@/db/mutations/writer";
import { newApiKey } from "@/lib/api/keys";
import { deskAction } from "@/lib/desk-action";

const createSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Name the key after who uses it (the app, the partner).")
    .max(80, "Keep the name under 80 characters."),
  perMinute: z.coerce
    .number("Requests a minute is a number.")
    .int("Requests a minute is a whole number.")
    .min(1, "At least one request a minute.")
    .max(10_000, "At most 10,000 requests a minute."),
});

/** A new key, shown once in the answer: only its hash is kept. */
export const createApiKeyAction = deskAction(
  { name: "createApiKeyAction", capability: "settings.manage", schema: createSchema },
  async (input, { actor }) => {
    const { key, prefix, hash } = newApiKey();
    await createApiKey(await writer(), { ...input, prefix, hash }, actor.id);
    revalidatePath("/admin/api-keys");
    return { ok: true, message: `Key "${input.name}" made.`, values: { key } };
  },
);

export const revokeApiKeyAction = deskAction(
  { name: "revokeApiKeyAction", capability: "settings.manage", schema: z.object({ id: z.uuid() }) },
  async ({ id }, { actor }) => {
    const done = await revokeApiKey(await writer(), id, actor.id);
    revalidatePath("/admin/api-keys");
    return done
      ? { ok: true, message: "Key revoked: it is refused from now on." }
      : { ok: false, message: "That key was revoked already." };
  },
);
