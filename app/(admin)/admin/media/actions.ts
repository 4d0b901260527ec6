"use server";
import { updateMediaDefaults, type MediaUpdate } from "@/db/mutations/media";
import { can } from "@/lib/authz";
import { deskAction } from "@/lib/desk-action";
import type { FormState } from "@/lib/form-state";
import type { MediaSummary } from "@/lib/content/media-summary";
import { revalidateStoryPages } from "@/lib/revalidate";
import { mediaDefaultsSchema } from "@/lib/validation/media";
import { writer } from "@/db/mutations/writer";

export type UpdateMediaState = FormState & { media?: MediaSummary };

const refusals: Record<Extract<MediaUpdate, { ok: false }>["reason"], string> = {
  missing: "This photo is no longer in the library.",
  notYours: "You can change the words of photos you uploaded; ask an editor for this one.",
  live:
    "This photo is in a published story (or on a byline), where its library words are what readers see at once. " +
    "Ask an editor to change them, or change the caption, credit or alt text for your own story in its editor, " +
    "where they go through review.",
};

/**
 * Changes a photo's library defaults (alt text, caption, credit). Editors (media.editAny) may change any photo's,
 * since they answer for every published caption. A journalist may change the photos they uploaded while no
 * published story shows them: on a live story, library words reach readers at once with no review. Every change
 * is audited; only the pages of the live stories that show the photo are expired.
 */
export const updateMediaAction = deskAction(
  { name: "updateMediaAction", capability: "media.upload", schema: mediaDefaultsSchema },
  async (input, { actor, values }): Promise<UpdateMediaState> => {
    const editor = can(actor, "media.editAny");
    const limits = editor ? {} : { onlyUploadedBy: actor.id, notLive: true };
    const out = await updateMediaDefaults(await writer(), input.id, input, { actorId: actor.id, ...limits });
    if (!out.ok) return { ok: false, message: refusals[out.reason], values };
    await revalidateStoryPages(out.liveStoryIds);
    return { ok: true, message: "Photo details saved.", media: out.media };
  },
);
