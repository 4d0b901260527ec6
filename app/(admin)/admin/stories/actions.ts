"use server";
import { getDeskStory } from "@/db/queries/desk-stories";
import {
  publishDeskStory, saveStoryText, StoryConflictError, StoryNotEditableError, unpublishDeskStory,
} from "@/db/mutations/desk-stories";
import { editableStatusesFor } from "@/lib/auth/actor";
import { canEditStory, guardAction } from "@/lib/authz";
import { deniedState, fieldErrors, formValues, invalid, type FormState } from "@/lib/form-state";
import { revalidateStory } from "@/lib/revalidate";
import { docToParagraphText, mergeParagraphText } from "@/lib/rich-text/plain-body";
import { storyIdSchema, storyTextSchema } from "@/lib/validation/story";

export type StoryFormState = FormState & {
  version?: number;
  conflict?: { version: number; headline: string; dek: string; body: string };
};

export async function updateStoryAction(_prev: StoryFormState, formData: FormData): Promise<StoryFormState> {
  const values = formValues(formData);
  const actor = await guardAction("updateStoryAction");
  if (!actor) return { ...deniedState, values };
  const parsed = storyTextSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
  const { id, version, headline, dek, body } = parsed.data;
  const story = await getDeskStory(id);
  if (!story || !canEditStory(actor, story)) return { ...deniedState, values };
  try {
    const text = { headline, dek, body: mergeParagraphText(story.body, body) };
    // A writer's save is refused in the UPDATE itself if the story was submitted or published meanwhile.
    const saved = await saveStoryText(id, version, text, actor.id, { onlyStatuses: editableStatusesFor(actor) });
    if (story.status === "published") await revalidateStory(id);
    return { ok: true, message: "Saved.", version: saved, values };
  } catch (error) {
    if (error instanceof StoryNotEditableError) {
      return {
        ok: false, values,
        message: `This story is now ${error.status.replace("_", " ")} and only an editor can change it. Your text is kept in the form; copy it and send it to an editor.`,
      };
    }
    if (!(error instanceof StoryConflictError)) throw error;
    const c = error.current;
    return {
      ok: false, values, version: c.version, // saving again is a deliberate overwrite
      message: "Someone else saved this story while you were editing. Their version is shown below; your text is kept in the form.",
      conflict: { version: c.version, headline: c.headline, dek: c.dek, body: docToParagraphText(c.body) },
    };
  }
}

async function changePublication(action: "publishStoryAction" | "unpublishStoryAction", formData: FormData): Promise<FormState> {
  const actor = await guardAction(action);
  if (!actor) return deniedState;
  const parsed = storyIdSchema.safeParse({ id: formData.get("id") });
  if (!parsed.success) return { ok: false, message: "That story does not exist." };
  const story = await getDeskStory(parsed.data.id);
  if (!story) return { ok: false, message: "That story does not exist." };
  if (action === "publishStoryAction") await publishDeskStory(story.id, actor.id);
  else await unpublishDeskStory(story.id, actor.id);
  await revalidateStory(story.id);
  return { ok: true, message: action === "publishStoryAction" ? "Published." : "Unpublished." };
}

export async function publishStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return changePublication("publishStoryAction", formData);
}

export async function unpublishStoryAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return changePublication("unpublishStoryAction", formData);
}
