"use client";
import { useState } from "react";
import { controlClass } from "@/components/desk/text-control";

/** Tags as chips: type and press Enter or a comma; suggestions come from the tags already in use. */
export function TagsField({
  tags,
  onChange,
  suggestions,
  readOnly,
}: {
  tags: string[];
  onChange: (tags: string[]) => void;
  suggestions: string[];
  readOnly: boolean;
}) {
  const [text, setText] = useState("");
  const add = (raw: string) => {
    const fresh = raw
      .split(",")
      .map((t) => t.trim())
      .filter((t) => t && !tags.some((x) => x.toLowerCase() === t.toLowerCase()));
    if (fresh.length) onChange([...tags, ...fresh].slice(0, 20));
    setText("");
  };
  return (
    <div className="mb-4 font-sans">
      <label htmlFor="field-tags" className="block text-sm font-semibold">
        Tags
      </label>
      {tags.length > 0 && (
        <ul aria-label="Tags on this story" className="mt-1 flex flex-wrap gap-2">
          {tags.map((t) => (
            <li
              key={t}
              className="flex items-center gap-1 rounded-full border border-rule bg-rule/30 py-0.5 pr-1 pl-3 text-sm"
            >
              {t}
              {!readOnly && (
                <button
                  type="button"
                  onClick={() => onChange(tags.filter((x) => x !== t))}
                  aria-label={`Remove tag ${t}`}
                  className="rounded-full px-1.5 hover:bg-rule"
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id="field-tags"
        list="tag-suggestions"
        value={text}
        readOnly={readOnly}
        aria-describedby="field-tags-hint"
        className={controlClass}
        onChange={(e) => (e.target.value.includes(",") ? add(e.target.value) : setText(e.target.value))}
        onKeyDown={(e) => {
          // Korean (and Japanese, Chinese) input methods send Enter and Backspace while a syllable is still being
          // composed; they belong to the input method, not to the tag list (else a tag is added twice).
          if (e.nativeEvent.isComposing) return;
          if (e.key === "Enter") {
            e.preventDefault();
            add(text);
          }
          if (e.key === "Backspace" && !text && tags.length) onChange(tags.slice(0, -1));
        }}
        onBlur={() => text.trim() && add(text)}
      />
      <datalist id="tag-suggestions">
        {suggestions
          .filter((s) => !tags.includes(s))
          .map((s) => (
            <option key={s} value={s} />
          ))}
      </datalist>
      <p id="field-tags-hint" className="mt-1 text-sm text-muted">
        Press Enter or type a comma after each tag.
      </p>
    </div>
  );
}
