"use server";
import { updateMediaDefaults } from "@/db/mutations/media";
import { getMediaItem, storiesShowingMedia } from "@/db/queries/media";
import { can } from "@/lib/authz";
import { deskAction } from "@/lib/desk-action";
import type { FormState } from "@/lib/form-state";
import type { MediaSummary } from "@/lib/content/media-summary";
import { revalidateStory } from "@/lib/revalidate";
import { mediaDefaultsSchema } from "@/lib/validation/media";

export type UpdateMediaState = FormState & { media?: MediaSummary };

/**
 * Changes a photo's library defaults (alt text, caption, credit). Who may: the journalist who uploaded it, and
 * editors (media.editAny) for any photo, since they answer for every published caption. A story's own
 * overrides are untouched; live stories that use the defaults are refreshed for readers.
 */
export const updateMediaAction = deskAction(
  { name: "updateMediaAction", capability: "media.upload", schema: mediaDefaultsSchema },
  async (input, { actor, values }): Promise<UpdateMediaState> => {
    const before = await getMediaItem(input.id);
    const mayEdit = before && (can(actor, "media.editAny") || before.uploadedBy === actor.id);
    if (!mayEdit) return { ok: false, message: "You can change the words of photos you uploaded; ask an editor for this one.", values };
    const onlyUploadedBy = can(actor, "media.editAny") ? undefined : actor.id;
    const media = await updateMediaDefaults(input.id, input, { onlyUploadedBy });
    if (!media) return { ok: false, message: "This photo is no longer in the library.", values };
    for (const storyId of await storiesShowingMedia(input.id)) await revalidateStory(storyId);
    return { ok: true, message: "Photo details saved.", media };
  },
);
