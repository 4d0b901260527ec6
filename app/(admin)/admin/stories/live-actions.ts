"use server";
import { writer } from "@/db/mutations/writer";
import {
  editLiveUpdate,
  endCoverage,
  postLiveUpdate,
  removeLiveUpdate,
  startCoverage,
  type LiveOutcome,
} from "@/db/mutations/live";
import { isStoryReporter, libraryPhotoExists } from "@/db/queries/live";
import { can, type Actor } from "@/lib/authz";
import { deskAction } from "@/lib/desk-action";
import { invalid, type FormState } from "@/lib/form-state";
import { revalidateLive } from "@/lib/revalidate";
import {
  editLiveUpdateSchema,
  liveStorySchema,
  postLiveUpdateSchema,
  removeLiveUpdateSchema,
} from "@/lib/validation/live";

const missingStory: FormState = { ok: false, message: "That story does not exist, or you cannot open it." };

const refusals: Record<Exclude<LiveOutcome, { ok: true }>["reason"], string> = {
  "not-published": "Only a published story can be covered live. Publish it first.",
  "not-live": "This story is not live. An editor can make it live with \u201cGo live\u201d.",
  ended: "Coverage of this story has ended.",
  missing: "That update was removed or does not exist.",
};

/** Editors may post to any live story; a journalist only to one they report (its writer, or on its byline). */
async function mayReport(storyId: string, actor: Actor): Promise<boolean> {
  return can(actor, "story.editAny") || isStoryReporter(storyId, actor.id);
}

const photoProblem = async (mediaId: string | null, values: Record<string, string>) =>
  mediaId && !(await libraryPhotoExists(mediaId))
    ? invalid({ mediaId: "That photo is no longer in the library; choose another." }, values)
    : null;

/** A refusal keeps what was typed (values), so the words are not lost. */
async function done(
  storyId: string,
  outcome: LiveOutcome,
  message: string,
  values?: Record<string, string>,
): Promise<FormState> {
  if (!outcome.ok) return { ok: false, message: refusals[outcome.reason], values };
  await revalidateLive(storyId);
  return { ok: true, message };
}

export const goLiveAction = deskAction(
  { name: "goLiveAction", capability: "live.manage", schema: liveStorySchema },
  async ({ id }, { actor }) =>
    done(id, await startCoverage(await writer(), id, actor.id), "The story is live. Post updates below."),
);

export const endCoverageAction = deskAction(
  { name: "endCoverageAction", capability: "live.manage", schema: liveStorySchema },
  async ({ id }, { actor }) =>
    done(id, await endCoverage(await writer(), id, actor.id), "Coverage ended. Readers see when it ended."),
);

export const postLiveUpdateAction = deskAction(
  { name: "postLiveUpdateAction", capability: "live.post", schema: postLiveUpdateSchema },
  async ({ id, ...input }, { actor, values }) => {
    if (!(await mayReport(id, actor))) return missingStory;
    const problem = await photoProblem(input.mediaId, values);
    if (problem) return problem;
    return done(id, await postLiveUpdate(await writer(), id, input, actor.id), "Update posted.", values);
  },
);

export const editLiveUpdateAction = deskAction(
  { name: "editLiveUpdateAction", capability: "live.post", schema: editLiveUpdateSchema },
  async ({ id, updateId, ...input }, { actor, values }) => {
    if (!(await mayReport(id, actor))) return missingStory;
    const problem = await photoProblem(input.mediaId, values);
    if (problem) return problem;
    return done(id, await editLiveUpdate(await writer(), id, updateId, input, actor.id), "Update changed.", values);
  },
);

export const removeLiveUpdateAction = deskAction(
  { name: "removeLiveUpdateAction", capability: "live.post", schema: removeLiveUpdateSchema },
  async ({ id, updateId }, { actor }) => {
    if (!(await mayReport(id, actor))) return missingStory;
    return done(id, await removeLiveUpdate(await writer(), id, updateId, actor.id), "Update removed.");
  },
);
