import { z } from "zod";
import { notificationKinds, type NotificationKind } from "@/lib/story/notifications";

export const notificationIdSchema = z.object({ id: z.uuid() });

/** The preference form: a checkbox per kind, present ("on") when ticked. */
export const emailChoicesSchema = z.object(
  Object.fromEntries(notificationKinds.map((k) => [k, z.literal("on").optional()])) as Record<
    NotificationKind,
    z.ZodOptional<z.ZodLiteral<"on">>
  >,
);
