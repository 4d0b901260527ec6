"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { markAllNotificationsRead, markNotificationRead, setEmailChoices } from "@/db/mutations/notifications";
import { writer } from "@/db/mutations/writer";
import { deskAction } from "@/lib/desk-action";
import { notificationKinds, type NotificationKind } from "@/lib/story/notifications";
import { emailChoicesSchema, notificationIdSchema } from "@/lib/validation/notifications";

// Everyone signed in has notifications; each action touches only the actor's own rows (the WHERE holds the user).

export const markNotificationReadAction = deskAction(
  { name: "markNotificationReadAction", capability: "account.self", schema: notificationIdSchema },
  async ({ id }, { actor }) => {
    if (!(await markNotificationRead(await writer(), actor.id, id)))
      return { ok: false, message: "That notification is not yours, or was read already." };
    revalidatePath("/admin", "layout");
    return { ok: true, message: "Marked read." };
  },
);

export const markAllNotificationsReadAction = deskAction(
  { name: "markAllNotificationsReadAction", capability: "account.self", schema: z.object({}) },
  async (_input, { actor }) => {
    const n = await markAllNotificationsRead(await writer(), actor.id);
    revalidatePath("/admin", "layout");
    return { ok: true, message: n ? `Marked ${n} read.` : "Nothing was unread." };
  },
);

export const saveEmailChoicesAction = deskAction(
  { name: "saveEmailChoicesAction", capability: "account.self", schema: emailChoicesSchema },
  async (input, { actor, values }) => {
    const email = Object.fromEntries(notificationKinds.map((k) => [k, input[k] === "on"])) as Record<
      NotificationKind,
      boolean
    >;
    await setEmailChoices(await writer(), actor.id, email);
    return { ok: true, message: "Email choices saved.", values };
  },
);
