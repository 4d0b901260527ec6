import type { Language } from "@/lib/content/language";
// What the desk's story pages and actions exchange. No server imports: client components use these types.
import type { ChecklistItem } from "./checklist";
import type { FormState } from "../form-state";
import type { StoryStatus, TransitionName } from "./workflow";

export type { ChecklistItem } from "./checklist";

export type { PhotoOverrides, WorkingCopy } from "./model";
import type { WorkingCopy } from "./model";

/** A photo as the desk shows it: the library's defaults plus where to see it. */
export type DeskPhoto = {
  id: string;
  url: string;
  thumbUrl: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
};

export type LockState = { holderId: string | null; holderName: string | null; mine: boolean; expiresAt: string | null };

export type DeskNote = {
  id: string;
  kind: "note" | "return";
  body: string;
  authorName: string | null;
  createdAt: string;
};

export type DeskStoryView = {
  id: string;
  status: StoryStatus;
  version: number;
  pendingChanges: boolean;
  createdBy: string | null;
  writerName: string | null;
  updatedAt: string;
  updatedByName: string | null;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** The public URL while the story is live. */
  liveUrl: string | null;
  working: WorkingCopy;
  lock: LockState;
  /** Every photo the working copy uses, by id. */
  photos: Record<string, DeskPhoto>;
  checklist: ChecklistItem[];
  /** The moves this person may make now (lib/story/workflow.ts). */
  transitions: TransitionName[];
  canEdit: boolean;
  canTakeOver: boolean;
  notes: DeskNote[];
  previewLinks: { id: string; createdAt: string; expiresAt: string; revoked: boolean; createdByName: string | null }[];
  corrections: { id: string; kind: "correction" | "update"; text: string; createdAt: string }[];
  timeZone: string;
};

export type DeskOptions = {
  sections: { id: string; name: string }[];
  authors: DeskAuthorOption[];
  tags: string[];
  /** The languages the newsroom publishes in (site settings), its main one first. */
  languages: Language[];
};

export type SaveResult = FormState & {
  version?: number;
  savedAt?: string;
  /** A save that started from an old version: the stored text, so the writer can choose. Nothing was written. */
  conflict?: { version: number; working: WorkingCopy; savedByName: string | null; savedAt: string };
  /** Someone else holds the story: the save was refused and the text stays in the browser. */
  lock?: LockState;
  checklist?: ChecklistItem[];
};

export type TransitionResult = FormState & { version?: number; status?: StoryStatus; missing?: ChecklistItem[] };
export type LockResult = FormState & { lock?: LockState; version?: number };
export type PreviewLinkResult = FormState & { url?: string };

/** A byline the desk can pick: the handle (unique) and email tell two people of the same name apart. */
export type DeskAuthorOption = {
  id: string;
  name: string;
  kind: "person" | "desk";
  slug: string;
  publicEmail: string | null;
  photoUrl: string | null;
};

/** How a byline is named in pickers: its name, then what tells it apart from another of the same name. */
export function authorLabel(a: DeskAuthorOption): string {
  return [`${a.name}${a.kind === "desk" ? " (desk)" : ""}`, `@${a.slug}`, a.publicEmail].filter(Boolean).join(" · ");
}

/** A live update on the desk: its own caption and credit (null: the library's, shown as the photo's defaults). */
export type DeskLiveUpdateView = {
  id: string;
  body: string;
  key: boolean;
  linkUrl: string | null;
  caption: string | null;
  credit: string | null;
  createdAt: string;
  editedAt: string | null;
  authorName: string | null;
  photo: { id: string; thumbUrl: string; alt: string; caption: string; credit: string } | null;
};
export type DeskLiveView = { startedAt: string | null; endedAt: string | null; updates: DeskLiveUpdateView[] };
