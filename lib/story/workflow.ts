import type { Capability } from "../capabilities";
import type { NotificationKind } from "./notifications";

/** A story's status, and the schema's enum. The public site shows only "published" (db/queries/published.ts). */
export const storyStatuses = [
  "draft",
  "in_review",
  "returned",
  "approved",
  "scheduled",
  "published",
  "unpublished",
] as const;
export type StoryStatus = (typeof storyStatuses)[number];

export const statusLabels: Record<StoryStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  returned: "Returned",
  approved: "Approved",
  scheduled: "Scheduled",
  published: "Published",
  unpublished: "Unpublished",
};

export const transitionNames = [
  "submit",
  "return",
  "approve",
  "schedule",
  "unschedule",
  "publish",
  "unpublish",
] as const;
export type TransitionName = (typeof transitionNames)[number];

/**
 * What a move does besides changing the status; db/mutations/story-workflow.ts runs each inside the move's
 * transaction. goLive copies the working copy onto what readers see (and files a correction notice when given).
 */
export type Effect = "goLive" | "setSchedule" | "clearSchedule" | "returnNote" | "writerNote";

/** What the desk asks for before sending the move (the forms of workflow-panel.tsx); the server checks it again. */
export type Asks = "none" | "note" | "time" | "confirmPublish" | "confirmUnpublish";

export type Transition = {
  from: readonly StoryStatus[];
  to: StoryStatus;
  capability: Capability;
  /** The button's words, which people's own scripts rely on. */
  label: string;
  /** The revision list's word for the move. */
  past: string;
  /** What the desk says when the move is done. */
  done: string;
  asks: Asks;
  effects: readonly Effect[];
  /** Changes what readers see, so the public pages' caches expire. */
  expiresCache?: boolean;
  /** Runs the pre-publish checklist; blocked with the list of what is missing. */
  checklist?: boolean;
  /** Only the story's own writer (or someone who may edit any story). */
  ownOnly?: boolean;
  /** Takes the story forward: the desk shows it as the main button. */
  primary?: boolean;
  /** Who hears of the move (db/mutations/notify.ts says who each kind reaches); not sent for a move onto itself. */
  notify?: NotificationKind;
};

/**
 * The one table of moves. Each runs as a single UPDATE whose WHERE holds the expected status and version
 * (db/mutations/story-workflow.ts), so a stale tab cannot move a story that moved on.
 * "publish" from published publishes the working copy's changes to a live story.
 */
export const transitions: Record<TransitionName, Transition> = {
  submit: {
    from: ["draft", "returned"],
    to: "in_review",
    capability: "story.submit",
    label: "Submit for review",
    past: "Submitted",
    done: "Submitted for review. An editor will pick it up.",
    asks: "none",
    effects: [],
    ownOnly: true,
    primary: true,
    notify: "submitted",
  },
  return: {
    from: ["in_review", "approved", "scheduled"],
    to: "returned",
    capability: "story.return",
    label: "Return to reporter",
    past: "Returned",
    done: "Returned to the reporter with your note.",
    asks: "note",
    effects: ["returnNote", "clearSchedule"],
    notify: "returned",
  },
  approve: {
    from: ["in_review"],
    to: "approved",
    capability: "story.approve",
    label: "Approve",
    past: "Approved",
    done: "Approved.",
    asks: "none",
    effects: [],
    checklist: true,
    primary: true,
  },
  schedule: {
    from: ["draft", "in_review", "approved", "unpublished"],
    to: "scheduled",
    capability: "story.schedule",
    label: "Schedule",
    past: "Scheduled",
    done: "Scheduled.",
    asks: "time",
    effects: ["setSchedule"],
    checklist: true,
  },
  unschedule: {
    from: ["scheduled"],
    to: "approved",
    capability: "story.schedule",
    label: "Unschedule",
    past: "Unscheduled",
    done: "Unscheduled; the story is approved and waiting.",
    asks: "none",
    effects: ["clearSchedule", "writerNote"],
  },
  publish: {
    from: ["draft", "in_review", "approved", "scheduled", "unpublished", "published"],
    to: "published",
    capability: "story.publish",
    label: "Publish",
    past: "Published",
    done: "Published.",
    asks: "confirmPublish",
    effects: ["goLive", "clearSchedule"],
    expiresCache: true,
    checklist: true,
    primary: true,
    notify: "published",
  },
  unpublish: {
    from: ["published"],
    to: "unpublished",
    capability: "story.publish",
    label: "Unpublish",
    past: "Unpublished",
    done: "Unpublished. Readers can no longer see it.",
    asks: "confirmUnpublish",
    effects: [],
    expiresCache: true,
  },
};

export type WorkflowStory = { status: StoryStatus; createdBy: string | null; pendingChanges: boolean };
export type WorkflowActor = { id: string; can: (c: Capability) => boolean };

/**
 * Why the story's state rules the move out, or null. The one wording: the buttons use it, and
 * applyTransition asks again inside its transaction.
 */
export function stateProblem(t: Transition, story: Pick<WorkflowStory, "status" | "pendingChanges">): string | null {
  if (!t.from.includes(story.status)) {
    const now = statusLabels[story.status].toLowerCase();
    return `This story is ${now} now, so it cannot be moved that way. Reload to see its current state.`;
  }
  // A move onto the status the story already has (publishing a live story again) needs working-copy changes.
  if (story.status === t.to && !story.pendingChanges) return `There are no changes to ${t.label.toLowerCase()}.`;
  return null;
}

type MoveInput = { note?: string; scheduledAt?: Date };
type InputProblem = { field: string; message: string } | null;

/** What each kind of form must carry; the desk's forms check it first, and this is the server's word. */
const inputChecks: Record<Asks, (input: MoveInput, now: number) => InputProblem> = {
  none: () => null,
  note: ({ note }) =>
    note?.trim() ? null : { field: "note", message: "Write a note telling the reporter what to change." },
  time: ({ scheduledAt }, now) =>
    scheduledAt && scheduledAt.getTime() > now
      ? null
      : { field: "scheduledAt", message: "Pick a publication time in the future." },
  confirmPublish: () => null,
  confirmUnpublish: () => null,
};

export const inputProblem = (t: Transition, input: MoveInput, now = Date.now()) => inputChecks[t.asks](input, now);

/** Why a move is not open to this actor on this story now, or null when it is. */
export function transitionProblem(name: TransitionName, story: WorkflowStory, actor: WorkflowActor): string | null {
  const t = transitions[name];
  if (!actor.can(t.capability)) return "Your role cannot do that.";
  if (t.ownOnly && !canViewStory(story, actor)) return "Only the story's writer can submit it.";
  return stateProblem(t, story);
}

/** The moves to offer as buttons, in the order a desk reads them. */
export function availableTransitions(story: WorkflowStory, actor: WorkflowActor): TransitionName[] {
  return transitionNames.filter((n) => transitionProblem(n, story, actor) === null);
}

/** Who may open a story on the desk at all: editors any, writers their own. */
export function canViewStory(story: Pick<WorkflowStory, "createdBy">, actor: WorkflowActor): boolean {
  return actor.can("story.editAny") || story.createdBy === actor.id;
}

/** Who may change the working copy: editors always; a writer their own draft, returned or live story (a proposal). */
export function canEditWorkingCopy(story: WorkflowStory, actor: WorkflowActor): boolean {
  if (actor.can("story.editAny")) return true;
  if (story.createdBy !== actor.id || !actor.can("story.editOwn")) return false;
  if (story.status === "published") return actor.can("story.proposeEdit");
  return story.status === "draft" || story.status === "returned";
}

/** The statuses a writer's save may land on, checked again inside the UPDATE. */
export const writerEditableStatuses: readonly StoryStatus[] = ["draft", "returned", "published"];

/** A soft lock lasts this long after its holder's last heartbeat. */
export const LOCK_TTL_MS = 2 * 60 * 1000;
