"use client";
import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useState } from "react";
import type { RichTextDoc } from "@/lib/content/rich-text/types";
import { MediaLibraryDialog, type MediaSummary } from "../media-parts";
import { bodyExtensions } from "./extensions";
import { LinkForm } from "./link-form";
import { BodyToolbar } from "./toolbar";

/** The Tiptap editor for the body; made by the story editor so it can replace the text (restore, take theirs). */
export function useBodyEditor({
  content,
  editable,
  onChange,
}: {
  content: RichTextDoc;
  editable: boolean;
  onChange: (doc: RichTextDoc) => void;
}) {
  return useEditor({
    extensions: bodyExtensions,
    content,
    editable,
    // The server renders no editor; making it on the client only avoids a hydration mismatch.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        id: "field-body",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": "body-label",
        // Names the error below while one is shown; an id that is absent describes nothing.
        "aria-describedby": "body-error",
        class: "article-body min-h-64 px-4 py-3 focus:outline-none",
      },
    },
    onUpdate: ({ editor }) => onChange(editor.getJSON() as RichTextDoc),
  });
}

export function BodyEditor({
  editor,
  readOnly,
  onPhotoPicked,
  error,
}: {
  editor: Editor | null;
  readOnly: boolean;
  onPhotoPicked: (m: MediaSummary) => void;
  /** Why the server refused the body (too long…); the text stays in the editor as typed. */
  error?: string;
}) {
  const [linkOpen, setLinkOpen] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);

  function insertPhoto(m: MediaSummary) {
    onPhotoPicked(m);
    setLibraryOpen(false);
    editor?.chain().focus().insertPhoto({ mediaId: m.id }).run();
    // The new photo's words come next: put the writer in its Alt text field (the photo just before the cursor),
    // after the dialog has closed and handed focus back to its opener.
    setTimeout(() => {
      if (!editor) return;
      let at = -1;
      editor.state.doc.descendants((n, pos) => {
        if (n.type.name === "photo" && pos < editor.state.selection.from) at = pos;
      });
      const dom = at >= 0 ? (editor.view.nodeDOM(at) as HTMLElement | null) : null;
      dom?.querySelector<HTMLInputElement>("input")?.focus();
    }, 100);
  }

  return (
    <div className="mb-6">
      <p id="body-label" className="block font-sans text-sm font-semibold">
        Body
      </p>
      <div className="mt-1 rounded border border-rule bg-paper focus-within:border-ink">
        {editor && (
          <BodyToolbar
            editor={editor}
            disabled={readOnly}
            linkOpen={linkOpen}
            onLink={() => setLinkOpen((o) => !o)}
            onInsertPhoto={() => setLibraryOpen(true)}
          />
        )}
        {editor && linkOpen && !readOnly && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          <p className="min-h-64 px-4 py-3 text-muted">Loading the editor…</p>
        )}
      </div>
      {error && (
        <p id="body-error" role="alert" className="mt-1 font-sans text-sm font-semibold text-accent">
          {error}
        </p>
      )}
      <MediaLibraryDialog open={libraryOpen} onClose={() => setLibraryOpen(false)} onPick={insertPhoto} />
    </div>
  );
}
