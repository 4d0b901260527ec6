"use client";
import { useEditorState, type Editor } from "@tiptap/react";

type Tool = { label: string; text: string; active: (e: Editor) => boolean; run: (e: Editor) => void };

const tools: Tool[] = [
  { label: "Bold", text: "B", active: (e) => e.isActive("bold"), run: (e) => e.chain().focus().toggleBold().run() },
  {
    label: "Italic",
    text: "I",
    active: (e) => e.isActive("italic"),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: "Heading 2",
    text: "H2",
    active: (e) => e.isActive("heading", { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: "Heading 3",
    text: "H3",
    active: (e) => e.isActive("heading", { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: "Bulleted list",
    text: "• List",
    active: (e) => e.isActive("bulletList"),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: "Numbered list",
    text: "1. List",
    active: (e) => e.isActive("orderedList"),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
  {
    label: "Quote",
    text: "“ ”",
    active: (e) => e.isActive("blockquote"),
    run: (e) => e.chain().focus().toggleBlockquote().run(),
  },
];

const buttonClass = "min-h-9 min-w-9 rounded border px-2 py-1 text-sm font-semibold disabled:opacity-50";

/** The body's formatting buttons; each names itself for screen readers and says whether it is on. */
export function BodyToolbar({
  editor,
  disabled,
  linkOpen,
  onLink,
  onInsertPhoto,
}: {
  editor: Editor;
  disabled: boolean;
  linkOpen: boolean;
  onLink: () => void;
  onInsertPhoto: () => void;
}) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => [...tools.map((t) => t.active(e)), e.isActive("link")],
  });
  const on = (i: number) => (active[i] ? "border-ink bg-ink text-paper" : "border-rule bg-paper hover:bg-rule/40");
  return (
    <div role="group" aria-label="Body formatting" className="flex flex-wrap gap-1 border-b border-rule p-2 font-sans">
      {tools.map((t, i) => (
        <button
          key={t.label}
          type="button"
          aria-label={t.label}
          data-sign={t.text}
          title={t.label}
          aria-pressed={active[i]}
          disabled={disabled}
          // Keep the text selection: the command runs on what the writer selected.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => t.run(editor)}
          className={`${buttonClass} ${on(i)} before:content-[attr(data-sign)] ${i === 0 ? "font-black" : i === 1 ? "font-serif italic" : ""}`}
        >
          {/* The short sign is drawn by CSS from data-sign: decoration, so the aria-label alone names the button. */}
        </button>
      ))}
      <button
        type="button"
        aria-label="Link"
        title="Link"
        aria-pressed={active[tools.length]}
        aria-expanded={linkOpen}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onLink}
        className={`${buttonClass} ${on(tools.length)} underline`}
      >
        Link
      </button>
      <button
        type="button"
        disabled={disabled}
        onClick={onInsertPhoto}
        className={`${buttonClass} border-rule bg-paper hover:bg-rule/40`}
      >
        Insert photo
      </button>
    </div>
  );
}
