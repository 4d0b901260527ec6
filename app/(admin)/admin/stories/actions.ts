"use server";
import { sendWebhooksSoon } from "@/lib/webhooks/deliver";
import { redirect } from "next/navigation";
import { writer } from "@/db/mutations/writer";
import { findAuthorIdForUser, findSections, knownAuthors, sectionExists } from "@/db/queries/desk-lookups";
import { userName } from "@/db/queries/desk-story";
import { createEdition, createStory, restoreRevision, saveWorkingCopy, type SaveOutcome } from "@/db/mutations/stories";
import { addNote, createPreviewLink, heartbeatLock, revokePreviewLink, takeOverLock } from "@/db/mutations/story-desk";
import { applyTransition } from "@/db/mutations/story-workflow";
import { asWorkflowActor, can, type Actor } from "@/lib/authz";
import { deskAction } from "@/lib/desk-action";
import { deniedState, invalid, type FormState } from "@/lib/form-state";
import { revalidateStory } from "@/lib/revalidate";
import { siteUrl } from "@/lib/site-url";
import type { LockResult, PreviewLinkResult, SaveResult, TransitionResult } from "@/lib/story/desk-types";
import {
  newStorySchema,
  noteSchema,
  previewLinkSchema,
  restoreSchema,
  revokePreviewSchema,
  saveStorySchema,
  storyLockSchema,
  transitionSchema,
  translateSchema,
} from "@/lib/validation/story";
import {
  canEditWorkingCopy,
  LOCK_TTL_MS,
  transitionProblem,
  transitions,
  writerEditableStatuses,
} from "@/lib/story/workflow";
import { visibleStory } from "./_lib/load-story";
import { emptyWorkingCopy } from "@/lib/story/model";
import { getSiteSettings } from "@/db/queries/settings";
import { mainLanguage } from "@/lib/content/language";

const editorOnly = (a: Actor) => (can(a, "story.editAny") ? undefined : writerEditableStatuses);

const missingStory: FormState = { ok: false, message: "That story does not exist, or you cannot open it." };

export const createStoryAction = deskAction(
  { name: "createStoryAction", capability: "story.create", schema: newStorySchema },
  async (input, { actor }) => {
    const sections = await findSections();
    const sectionId = sections.find((s) => s.id === input.sectionId)?.id ?? sections[0]?.id;
    if (!sectionId) return { ok: false, message: "Create a section before writing a story." };
    const [own, settings] = await Promise.all([findAuthorIdForUser(actor.id), getSiteSettings()]);
    const id = await createStory(
      await writer(),
      emptyWorkingCopy({
        sectionId,
        headline: input.headline ?? "",
        authorIds: own ? [own] : [],
        language: mainLanguage(settings),
      }),
      actor.id,
    );
    redirect(`/admin/stories/${id}`);
  },
);

/** "Translate": opens a new linked draft in the other language, or the edition that language already has. */
export const translateStoryAction = deskAction(
  { name: "translateStoryAction", capability: "story.create", schema: translateSchema },
  async (input, { actor }) => {
    if (!(await visibleStory(input.id, actor))) return missingStory;
    if (!(await getSiteSettings()).languages.includes(input.language)) {
      return { ok: false, message: "The newsroom does not publish in that language (Site settings, Languages)." };
    }
    const outcome = await createEdition(await writer(), input.id, input.language, actor.id);
    if (outcome.ok) redirect(`/admin/stories/${outcome.id}`);
    if (outcome.reason === "missing") return missingStory;
    if (outcome.reason === "same") return { ok: false, message: "This story is already in that language." };
    redirect(`/admin/stories/${outcome.id}`);
  },
);

async function refusal(outcome: Exclude<SaveOutcome, { ok: true }>): Promise<SaveResult> {
  switch (outcome.reason) {
    case "missing":
      return missingStory;
    case "status":
      return {
        ok: false,
        message: `This story is ${outcome.status.replace("_", " ")} now and only an editor can change it. Your text is kept in this browser; copy it and send it to an editor.`,
      };
    case "locked": {
      const name = await userName(outcome.holderId);
      return {
        ok: false,
        message: `${name ?? "Someone"} is editing this story. Your text was not saved here; it is kept in this browser.`,
        lock: { holderId: outcome.holderId, holderName: name, mine: false, expiresAt: null },
      };
    }
    case "conflict": {
      const c = outcome.current;
      return {
        ok: false,
        message: "Someone else saved this story after you opened it. Both versions are shown; choose what to keep.",
        conflict: {
          version: c.version,
          working: c.working,
          savedByName: await userName(c.updatedBy),
          savedAt: c.updatedAt.toISOString(),
        },
      };
    }
  }
}

/** Saves the working copy (autosave or "Save draft"); what readers see changes only on Publish. */
export const saveStoryAction = deskAction(
  { name: "saveStoryAction", capability: "desk.view", schema: saveStorySchema },
  async ({ id, version, autosave, working }, { actor }): Promise<SaveResult> => {
    const story = await visibleStory(id, actor);
    if (!story) return missingStory;
    // A writer's own story that has left their hands (submitted, approved…): the one wording for that.
    if (!canEditWorkingCopy(story, asWorkflowActor(actor)))
      return refusal({ ok: false, reason: "status", status: story.status });
    const problems = await referenceProblems(working.sectionId, working.authorIds);
    if (problems) return invalid(problems);
    // Featuring on the home page is an editor's call (only they see the box): anyone else's save keeps what is stored.
    // The version check below refuses the save if the stored copy changed since it was read here.
    const w = can(actor, "story.editAny") ? working : { ...working, featured: story.working.featured };
    const outcome = await saveWorkingCopy(await writer(), id, version, w, actor.id, {
      autosave,
      onlyStatuses: editorOnly(actor),
    });
    if (!outcome.ok) return refusal(outcome);
    return {
      ok: true,
      message: autosave ? undefined : "Draft saved.",
      version: outcome.version,
      savedAt: outcome.savedAt.toISOString(),
    };
  },
);

async function referenceProblems(sectionId: string, authorIds: string[]): Promise<Record<string, string> | null> {
  if (!(await sectionExists(sectionId))) return { sectionId: "Choose a section from the list." };
  if ((await knownAuthors(authorIds)).length !== new Set(authorIds).size)
    return { authorIds: "Choose authors from the list." };
  return null;
}

/** Every move of lib/story/workflow.ts: the actor's right is checked here, the status and version inside the UPDATE. */
export const transitionStoryAction = deskAction(
  { name: "transitionStoryAction", capability: "desk.view", schema: transitionSchema },
  async ({ id, version, transition, note, scheduledAt, correction }, { actor }): Promise<TransitionResult> => {
    const story = await visibleStory(id, actor);
    if (!story) return missingStory;
    const problem = transitionProblem(transition, story, asWorkflowActor(actor));
    if (problem) return { ok: false, message: problem };
    const outcome = await applyTransition(await writer(), id, version, transition, actor.id, {
      note,
      correction,
      scheduledAt: scheduledAt ? new Date(scheduledAt) : undefined,
    });
    if (!outcome.ok) {
      switch (outcome.reason) {
        case "missing":
          return missingStory;
        case "conflict":
          return {
            ok: false,
            version: outcome.version,
            message: "The story changed after you opened it. Reload and look at the latest text before you do that.",
          };
        case "status":
          return { ok: false, status: outcome.status, message: outcome.message };
        case "invalid":
          return invalid({ [outcome.field]: outcome.message });
        case "checklist":
          return { ok: false, message: "This story is not ready to go out yet.", missing: outcome.missing };
      }
    }
    const t = transitions[transition];
    if (t.expiresCache) {
      await revalidateStory(id, outcome.before, outcome.after);
      sendWebhooksSoon();
    }
    return { ok: true, message: t.done, version: outcome.version, status: outcome.status };
  },
);

export const heartbeatAction = deskAction(
  { name: "heartbeatAction", capability: "desk.view", schema: storyLockSchema },
  async ({ id, tab }, { actor }): Promise<LockResult> => {
    const story = await visibleStory(id, actor);
    if (!story || !canEditWorkingCopy(story, asWorkflowActor(actor))) return deniedState;
    const lock = await heartbeatLock(await writer(), id, actor.id, tab);
    const expiresAt = new Date(Date.now() + LOCK_TTL_MS).toISOString();
    if (lock.mine)
      return {
        ok: true,
        version: story.version,
        lock: { holderId: actor.id, holderName: actor.name, mine: true, expiresAt },
      };
    return {
      ok: true,
      version: story.version,
      lock: { holderId: lock.holderId, holderName: await userName(lock.holderId), mine: false, expiresAt: null },
    };
  },
);

export const takeOverAction = deskAction(
  { name: "takeOverAction", capability: "story.editAny", schema: storyLockSchema },
  async ({ id, tab }, { actor }): Promise<LockResult> => {
    const taken = await takeOverLock(await writer(), id, actor.id, tab);
    if (!taken) return missingStory;
    const from = await userName(taken.from);
    return {
      ok: true,
      message: from && taken.from !== actor.id ? `You took over from ${from}.` : "You have the story.",
      lock: {
        holderId: actor.id,
        holderName: actor.name,
        mine: true,
        expiresAt: new Date(Date.now() + LOCK_TTL_MS).toISOString(),
      },
    };
  },
);

export const addNoteAction = deskAction(
  { name: "addNoteAction", capability: "desk.view", schema: noteSchema },
  async ({ id, body }, { actor }) => {
    if (!(await visibleStory(id, actor))) return missingStory;
    await addNote(await writer(), id, body, actor.id);
    return { ok: true, message: "Note added." };
  },
);

export const restoreRevisionAction = deskAction(
  { name: "restoreRevisionAction", capability: "desk.view", schema: restoreSchema },
  async ({ id, version, revisionId }, { actor }): Promise<SaveResult> => {
    const story = await visibleStory(id, actor);
    if (!story) return missingStory;
    if (!canEditWorkingCopy(story, asWorkflowActor(actor)))
      return refusal({ ok: false, reason: "status", status: story.status });
    const outcome = await restoreRevision(await writer(), id, version, revisionId, actor.id, {
      onlyStatuses: editorOnly(actor),
    });
    if (!outcome.ok) return refusal(outcome);
    redirect(`/admin/stories/${id}?restored=${outcome.version}`);
  },
);

export const createPreviewLinkAction = deskAction(
  { name: "createPreviewLinkAction", capability: "desk.view", schema: previewLinkSchema },
  async ({ id, hours }, { actor }): Promise<PreviewLinkResult> => {
    if (!(await visibleStory(id, actor))) return missingStory;
    const token = await createPreviewLink(await writer(), id, hours, actor.id);
    return {
      ok: true,
      message: `Share link made; it works for ${hours} hours unless you revoke it.`,
      url: siteUrl(`/preview/${token}`),
    };
  },
);

export const revokePreviewLinkAction = deskAction(
  { name: "revokePreviewLinkAction", capability: "desk.view", schema: revokePreviewSchema },
  async ({ id, linkId }, { actor }) => {
    if (!(await visibleStory(id, actor))) return missingStory;
    const done = await revokePreviewLink(await writer(), id, linkId, actor.id);
    return done
      ? { ok: true, message: "Link revoked; it no longer opens the preview." }
      : { ok: false, message: "That link was already revoked." };
  },
);
