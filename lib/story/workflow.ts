import type { Capability } from "../capabilities";

/** A story's status. The public site shows only "published" (db/queries/published.ts). */
export const storyStatuses = ["draft", "in_review", "returned", "approved", "scheduled", "published", "unpublished"] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const statusLabels: Record<StoryStatus, string> = {
  draft: "Draft", in_review: "In review", returned: "Returned", approved: "Approved", scheduled: "Scheduled",
  published: "Published", unpublished: "Unpublished",
};

export const transitionNames = ["submit", "return", "approve", "schedule", "unschedule", "publish", "unpublish"] as const;
export type TransitionName = (typeof transitionNames)[number];

export type Transition = {
  from: readonly StoryStatus[];
  to: StoryStatus;
  capability: Capability;
  /** The button's words, which people's own scripts rely on. */
  label: string;
  /** Runs the pre-publish checklist; blocked with the list of what is missing. */
  checklist?: boolean;
  /** Needs a note for the writer. */
  note?: boolean;
  /** Only the story's own writer (or someone who may edit any story). */
  ownOnly?: boolean;
};

/**
 * The one table of moves. Each runs as a single UPDATE whose WHERE holds the expected status and version
 * (db/mutations/story-desk.ts), so a stale tab cannot move a story that moved on.
 * "publish" from published publishes the working copy's changes to a live story.
 */
export const transitions: Record<TransitionName, Transition> = {
  submit: { from: ["draft", "returned"], to: "in_review", capability: "story.submit", label: "Submit for review", ownOnly: true },
  return: { from: ["in_review", "approved", "scheduled"], to: "returned", capability: "story.return", label: "Return to reporter", note: true },
  approve: { from: ["in_review"], to: "approved", capability: "story.approve", label: "Approve", checklist: true },
  schedule: { from: ["draft", "in_review", "approved", "unpublished"], to: "scheduled", capability: "story.schedule", label: "Schedule", checklist: true },
  unschedule: { from: ["scheduled"], to: "approved", capability: "story.schedule", label: "Unschedule" },
  publish: { from: ["draft", "in_review", "approved", "scheduled", "unpublished", "published"], to: "published", capability: "story.publish", label: "Publish", checklist: true },
  unpublish: { from: ["published"], to: "unpublished", capability: "story.publish", label: "Unpublish" },
};

export type WorkflowStory = { status: StoryStatus; createdBy: string | null; pendingChanges: boolean };
export type WorkflowActor = { id: string; can: (c: Capability) => boolean };

/** Why a move is not open to this actor on this story now, or null when it is. */
export function transitionProblem(name: TransitionName, story: WorkflowStory, actor: WorkflowActor): string | null {
  const t = transitions[name];
  if (!actor.can(t.capability)) return "Your role cannot do that.";
  if (t.ownOnly && story.createdBy !== actor.id && !actor.can("story.editAny")) return "Only the story's writer can submit it.";
  if (!t.from.includes(story.status)) return `A story that is ${statusLabels[story.status].toLowerCase()} cannot be moved that way.`;
  // Publishing a live story again only makes sense when its working copy has changes.
  if (name === "publish" && story.status === "published" && !story.pendingChanges) return "There are no changes to publish.";
  return null;
}

/** The moves to offer as buttons, in the order a desk reads them. */
export function availableTransitions(story: WorkflowStory, actor: WorkflowActor): TransitionName[] {
  return transitionNames.filter((n) => transitionProblem(n, story, actor) === null);
}

/** Who may change the working copy: editors always; a writer their own draft, returned or live story (as a proposal). */
export function canEditWorkingCopy(story: WorkflowStory, actor: WorkflowActor): boolean {
  if (actor.can("story.editAny")) return true;
  if (story.createdBy !== actor.id || !actor.can("story.editOwn")) return false;
  return story.status === "draft" || story.status === "returned" || (story.status === "published" && actor.can("story.proposeEdit"));
}

/** The statuses a writer's save may land on, checked again inside the UPDATE. */
export const writerEditableStatuses: readonly StoryStatus[] = ["draft", "returned", "published"];

/** A soft lock lasts this long after its holder's last heartbeat. */
export const LOCK_TTL_MS = 2 * 60 * 1000;
