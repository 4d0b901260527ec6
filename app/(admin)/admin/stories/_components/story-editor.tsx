"use client";
import { EditionsPanel, type Edition } from "./editions-panel";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { storyChecklist } from "@/lib/story/checklist";
import { listLocalDrafts, removeLocalDraft, type LocalDraft } from "@/lib/editor/local-drafts";
import { workingCopyKey } from "@/lib/story/normalize";
import type { Capability } from "@/lib/capabilities";
import { slugify } from "@/lib/content/slug";
import { availableTransitions } from "@/lib/story/workflow";
import type {
  ChecklistItem,
  DeskOptions,
  DeskPhoto,
  DeskStoryView,
  LockResult,
  SaveResult,
  TransitionResult,
  WorkingCopy,
} from "@/lib/story/desk-types";
import { AuthorsField } from "./authors-field";
import { BodyEditor, useBodyEditor } from "./body/body-editor";
import { PhotosContext } from "./body/photos-context";
import { ConflictView } from "./conflict-view";
import { HeroPhotoField } from "./hero-photo-field";
import { LocalDraftOffer } from "./local-draft-offer";
import { LockBanner } from "./lock-banner";
import { toDeskPhoto, type MediaSummary } from "./media-parts";
import { NotesThread } from "./notes-thread";
import { PreviewLinks } from "./preview-links";
import { SaveStatusText } from "./save-status";
import { StatusLine } from "./status-line";
import { SeoFields, StoryFields } from "./story-fields";
import { TagsField } from "./tags-field";
import { useAutosave } from "./use-autosave";
import { useSoftLock } from "./use-soft-lock";
import { ChecklistPanel, WorkflowPanel } from "./workflow-panel";

const noSubscribe = () => () => {};

/** The story editor: fields, body, autosave, soft lock and conflicts on the left; workflow and notes beside. */
export function StoryEditor({
  story: loaded,
  options,
  viewer,
  editions = [],
}: {
  story: DeskStoryView;
  options: DeskOptions;
  viewer: { id: string; capabilities: Capability[] };
  /** The story in other languages (app/(admin)/admin/stories/_components/editions-panel.tsx). */
  editions?: Edition[];
}) {
  const router = useRouter();
  const [working, setWorking] = useState<WorkingCopy>(loaded.working);
  const [photos, setPhotos] = useState<Record<string, DeskPhoto>>(loaded.photos);
  const [slugEdited, setSlugEdited] = useState(
    () => !!loaded.working.slug && loaded.working.slug !== slugify(loaded.working.headline),
  );
  const [server, setServer] = useState({ checklist: loaded.checklist, slug: loaded.working.slug });

  const lock = useSoftLock({
    storyId: loaded.id,
    initial: loaded.lock,
    enabled: loaded.canEdit,
    // Someone else's lock lapsed and is mine now: load their saved text first, unless I have typed since.
    onAcquired: (r: LockResult) => {
      if (r.version && r.version > autosave.getVersion() && !autosave.dirty) window.location.reload();
    },
  });
  const readOnly = !loaded.canEdit || lock.heldByOther || !!lock.takenBy;
  const autosave = useAutosave({
    userId: viewer.id,
    storyId: loaded.id,
    version: loaded.version,
    initial: loaded.working,
    working,
    paused: readOnly,
    onLocked: (l) => lock.apply(l),
    onSaved: (r: SaveResult) => {
      if (r.checklist) setServer({ checklist: r.checklist, slug: working.slug });
    },
  });

  // A save since the page loaded makes the working copy differ from the live text: offer "Publish" at once.
  const pendingChanges = loaded.pendingChanges || autosave.getVersion() > loaded.version;
  const story: DeskStoryView = {
    ...loaded,
    pendingChanges,
    transitions: availableTransitions(
      { ...loaded, pendingChanges },
      { id: viewer.id, can: (c) => viewer.capabilities.includes(c) },
    ),
  };

  const update = useCallback((patch: Partial<WorkingCopy>) => setWorking((w) => ({ ...w, ...patch })), []);
  const editor = useBodyEditor({
    content: story.working.body,
    editable: !readOnly,
    onChange: (body) => update({ body }),
  });
  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);
  // The body's language, for spelling and screen readers; the toolbar around it stays English.
  const language = working.language ?? "en";
  useEffect(() => {
    editor?.view.dom.setAttribute("lang", language);
  }, [editor, language]);

  const addPhoto = (m: MediaSummary) => setPhotos((p) => ({ ...p, [m.id]: toDeskPhoto(m) }));

  // Text kept in this browser that differs from what the server sent: offered once the page is in the browser.
  const isClient = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  const [initialKey] = useState(() => workingCopyKey(story.working));
  const mountDrafts = useMemo(
    () =>
      isClient
        ? listLocalDrafts(window.localStorage, viewer.id, story.id).filter(
            (d) => workingCopyKey(d.working) !== initialKey,
          )
        : [],
    [isClient, viewer.id, story.id, initialKey],
  );
  const [drafts, setDrafts] = useState<LocalDraft[] | null>(null);
  const rereadDrafts = (current: WorkingCopy) => {
    const key = workingCopyKey(current);
    setDrafts(
      listLocalDrafts(window.localStorage, viewer.id, story.id).filter((d) => workingCopyKey(d.working) !== key),
    );
  };
  const replaceText = (w: WorkingCopy) => {
    setWorking(w);
    editor?.commands.setContent(w.body, { emitUpdate: false });
  };

  const checklist = useMemo<ChecklistItem[]>(() => {
    const items = storyChecklist(working, new Map(Object.entries(photos)), false);
    // Only the server knows whether another story has the slug.
    const taken =
      server.slug === working.slug
        ? server.checklist.filter((i) => i.field === "field-slug" && !items.some((x) => x.field === "field-slug"))
        : [];
    return [...items, ...taken];
  }, [working, photos, server]);

  const liveSlug = story.liveUrl ? (story.liveUrl.split("/").filter(Boolean).pop() ?? null) : null;
  const slugFollows = !slugEdited && !story.publishedAt && story.status !== "published";

  return (
    <PhotosContext.Provider value={photos}>
      <h1 className="mb-2 font-serif text-3xl font-bold">Edit story</h1>
      <StatusLine {...story} />
      {(lock.heldByOther || lock.takenBy) && (
        <LockBanner
          holderName={lock.lock.holderName}
          takenBy={lock.takenBy}
          canTakeOver={story.canTakeOver && !lock.takenBy}
          onTakeOver={lock.takeOver}
          error={lock.error}
        />
      )}
      {!story.canEdit && (
        <p className="mb-4 font-sans text-sm text-muted">
          You can read this story; its status does not let you change it now.
        </p>
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0" onBlur={() => void autosave.flush()}>
          <div className="sticky top-0 z-10 mb-4 flex flex-wrap items-center gap-3 border-b border-rule bg-paper py-2">
            <SaveStatusText status={autosave.status} dirty={autosave.dirty} timeZone={story.timeZone} />
            <button
              type="button"
              disabled={readOnly}
              onClick={() => void autosave.save("explicit")}
              className="ml-auto rounded border border-ink px-3 py-1.5 font-sans text-sm font-semibold disabled:opacity-50"
            >
              Save draft
            </button>
          </div>
          {autosave.conflict && (
            <ConflictView
              conflict={autosave.conflict}
              mine={working}
              timeZone={story.timeZone}
              onKeepMine={() => {
                const c = autosave.conflict!;
                void autosave.keepMine(c).then(() => rereadDrafts(working));
              }}
              onTakeTheirs={() => {
                const c = autosave.conflict!;
                autosave.rebase(c.version, c.working);
                replaceText(c.working);
                rereadDrafts(c.working);
              }}
            />
          )}
          <LocalDraftOffer
            drafts={drafts ?? mountDrafts}
            timeZone={story.timeZone}
            readOnly={readOnly}
            onRestore={(d) => {
              removeLocalDraft(window.localStorage, viewer.id, story.id, d.base);
              replaceText(d.working);
              rereadDrafts(d.working);
            }}
            onDiscard={(d) => {
              removeLocalDraft(window.localStorage, viewer.id, story.id, d.base);
              rereadDrafts(working);
            }}
          />
          <StoryFields
            working={working}
            update={update}
            readOnly={readOnly}
            options={options}
            slugFollows={slugFollows}
            onSlugEdited={() => setSlugEdited(true)}
            liveSlug={liveSlug}
          />
          <TagsField
            tags={working.tags}
            onChange={(tags) => update({ tags })}
            suggestions={options.tags}
            readOnly={readOnly}
          />
          <AuthorsField
            authorIds={working.authorIds}
            onChange={(authorIds) => update({ authorIds })}
            options={options}
            readOnly={readOnly}
          />
          <HeroPhotoField
            photo={working.heroMediaId ? (photos[working.heroMediaId] ?? null) : null}
            heroMediaId={working.heroMediaId}
            overrides={working.hero}
            readOnly={readOnly}
            onChoose={(m) => {
              addPhoto(m);
              update({ heroMediaId: m.id, hero: {} });
            }}
            onRemove={() => update({ heroMediaId: null, hero: {} })}
            onOverrides={(hero) => update({ hero })}
          />
          <BodyEditor
            editor={editor}
            readOnly={readOnly}
            onPhotoPicked={addPhoto}
            error={autosave.status.kind === "error" ? autosave.status.fields?.body : undefined}
          />
          <SeoFields working={working} update={update} readOnly={readOnly} canFeature={story.canTakeOver} />
        </div>
        <aside aria-label="Workflow, checklist, notes and preview" className="min-w-0 space-y-8">
          <WorkflowPanel
            story={story}
            checklist={checklist}
            beforeSend={async () => (readOnly || (await autosave.save("auto")) ? autosave.getVersion() : null)}
            onDone={(r: TransitionResult) => {
              if (r.version) autosave.setVersion(r.version);
              router.refresh();
            }}
          />
          <ChecklistPanel items={checklist} />
          <NotesThread storyId={story.id} notes={story.notes} timeZone={story.timeZone} />
          <PreviewLinks storyId={story.id} links={story.previewLinks} timeZone={story.timeZone} />
          <EditionsPanel
            storyId={story.id}
            language={language}
            editions={editions}
            canTranslate={viewer.capabilities.includes("story.create")}
            languages={options.languages}
            beforeTranslate={() => (readOnly ? Promise.resolve() : autosave.save("auto"))}
          />
        </aside>
      </div>
    </PhotosContext.Provider>
  );
}
