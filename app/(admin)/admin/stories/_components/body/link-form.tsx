"use client";
import { useState } from "react";
import type { Editor } from "@tiptap/react";
import { safeHref } from "@/lib/content/rich-text/safe-href";

const inputClass = "block w-full min-w-0 rounded border border-rule bg-paper px-2 py-1 text-base";

/** The link box under the toolbar: http(s) and mailto only, as the reader pages allow. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [href, setHref] = useState(() => String(editor.getAttributes("link").href ?? ""));
  const [error, setError] = useState<string | null>(null);
  const hadLink = editor.isActive("link");

  function apply() {
    const safe = safeHref(href.trim());
    if (!safe) {
      setError("Links must start with http://, https:// or mailto: (for example https://example.com).");
      return;
    }
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected, the address itself becomes the linked words.
    if (editor.state.selection.empty && !hadLink)
      chain.insertContent({ type: "text", text: href.trim(), marks: [{ type: "link", attrs: { href: safe } }] }).run();
    else chain.setLink({ href: safe }).run();
    onClose();
  }

  return (
    <div
      className="flex flex-wrap items-end gap-2 border-b border-rule bg-rule/20 p-2 text-sm"
      role="group"
      aria-label="Link"
    >
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="body-link-href" className="font-semibold">
          Link address
        </label>
        <input
          id="body-link-href"
          type="url"
          inputMode="url"
          value={href}
          autoFocus
          className={inputClass}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "body-link-error" : undefined}
          onChange={(e) => {
            setHref(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              apply();
            }
            if (e.key === "Escape") {
              e.preventDefault();
              onClose();
              editor.commands.focus();
            }
          }}
        />
      </div>
      <button type="button" onClick={apply} className="rounded bg-ink px-3 py-1 font-semibold text-paper">
        Apply link
      </button>
      {hadLink && (
        <button
          type="button"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
          className="rounded border border-ink px-3 py-1"
        >
          Remove link
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          onClose();
          editor.commands.focus();
        }}
        className="px-2 py-1 underline"
      >
        Cancel
      </button>
      {error && (
        <p id="body-link-error" role="alert" className="w-full font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
