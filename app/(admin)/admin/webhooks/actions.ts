"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createEndpoint, deleteEndpoint, resendDelivery, setEndpointPaused } from "@/db/mutations/webhooks";
import { writer } from "@/db/mutations/writer";
import { deskAction } from "@/lib/desk-action";
import { invalid } from "@/lib/form-state";
import { storyEvents } from "@/lib/story/events";
import { webhookAddressProblem } from "@/lib/webhooks/address";
import { newWebhookSecret } from "@/lib/webhooks/sign";

// One checkbox per event, named after it ("story.published": "on"): a form sends only the ticked ones.
const createSchema = z
  .object({
    url: z.string().trim().min(1, "Give the address that receives the events.").max(2000, "That address is too long."),
    description: z.string().trim().max(200, "Keep the description under 200 characters.").default(""),
    ...Object.fromEntries(storyEvents.map((e) => [e, z.literal("on").optional()])),
  })
  .transform((v) => ({
    url: v.url,
    description: v.description,
    events: storyEvents.filter((e) => (v as Record<string, unknown>)[e] === "on"),
  }))
  .refine((v) => v.events.length > 0, { message: "Choose at least one event.", path: ["events"] });

/** A new endpoint; its signing secret is shown once, in the answer. */
export const createWebhookAction = deskAction(
  { name: "createWebhookAction", capability: "settings.manage", schema: createSchema },
  async (input, { actor, values }) => {
    const problem = await webhookAddressProblem(input.url);
    if (problem) return invalid({ url: problem }, values);
    const secret = newWebhookSecret();
    await createEndpoint(await writer(), { ...input, secret }, actor.id);
    revalidatePath("/admin/webhooks");
    return { ok: true, message: `Endpoint added: ${input.url}`, values: { secret } };
  },
);

const idSchema = z.object({ id: z.uuid() });

export const pauseWebhookAction = deskAction(
  {
    name: "pauseWebhookAction",
    capability: "settings.manage",
    schema: idSchema.extend({ paused: z.enum(["true", "false"]) }),
  },
  async ({ id, paused }, { actor }) => {
    const done = await setEndpointPaused(await writer(), id, paused === "true", actor.id);
    revalidatePath("/admin/webhooks");
    return done
      ? { ok: true, message: paused === "true" ? "Paused." : "Resumed: waiting events go out now." }
      : { ok: false, message: "No such endpoint." };
  },
);

export const deleteWebhookAction = deskAction(
  { name: "deleteWebhookAction", capability: "settings.manage", schema: idSchema },
  async ({ id }, { actor }) => {
    const done = await deleteEndpoint(await writer(), id, actor.id);
    revalidatePath("/admin/webhooks");
    return done ? { ok: true, message: "Endpoint removed." } : { ok: false, message: "No such endpoint." };
  },
);

export const resendWebhookAction = deskAction(
  {
    name: "resendWebhookAction",
    capability: "settings.manage",
    schema: z.object({ id: z.string().regex(/^msg_[\w-]{36}$/) }),
  },
  async ({ id }, { actor }) => {
    const done = await resendDelivery(await writer(), id, actor.id);
    revalidatePath("/admin/webhooks", "layout");
    return done ? { ok: true, message: "Queued again." } : { ok: false, message: "No such delivery." };
  },
);
