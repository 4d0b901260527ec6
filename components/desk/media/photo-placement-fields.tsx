"use client";
import type { PhotoOverrides, PhotoText } from "@/lib/story/model";

export type { PhotoOverrides };

export type PhotoPlacementFieldsProps = {
  /** The photo's library alt text, caption and credit: shown as placeholders, used where a field is empty. */
  defaults: PhotoText;
  /** This placement's own words; an empty or missing field uses the library default. */
  value: PhotoOverrides;
  /** The whole overrides object after each keystroke; empty fields are left out. */
  onChange: (overrides: PhotoOverrides) => void;
  /** Makes the input ids unique on a page with several photos: `${idPrefix}-alt`, `-caption`, `-credit` (link targets for the checklist). */
  idPrefix: string;
  /** Messages shown under a field (e.g. from the pre-publish checklist). */
  errors?: Partial<Record<keyof PhotoOverrides, string>>;
  /** Read-only (a story this person may not edit now); the words stay readable and selectable. */
  disabled?: boolean;
};

const fields = [
  { key: "alt", label: "Alt text", hint: "What the photo shows, for people who cannot see it." },
  { key: "caption", label: "Caption", hint: "" },
  { key: "credit", label: "Credit", hint: "" },
] as const;

const inputClass =
  "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base text-ink placeholder:text-muted";

/** Alt text, caption and credit for one placement of a photo in a story: overrides over the library defaults. */
export function PhotoPlacementFields({
  defaults,
  value,
  onChange,
  idPrefix,
  errors = {},
  disabled = false,
}: PhotoPlacementFieldsProps) {
  const set = (key: keyof PhotoOverrides, text: string) => {
    const next: PhotoOverrides = { ...value, [key]: text };
    if (!text.trim()) delete next[key];
    onChange(next);
  };
  return (
    <div className="space-y-3">
      {fields.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const fallback = defaults[f.key];
        const hint = fallback
          ? `Empty uses the library's: “${fallback}”.`
          : `The library has no ${f.label.toLowerCase()} for this photo.`;
        const error = errors[f.key];
        return (
          <div key={f.key}>
            <label htmlFor={id} className="block text-sm font-semibold">
              {f.label}
            </label>
            {f.key === "caption" ? (
              <textarea
                id={id}
                rows={2}
                readOnly={disabled}
                className={inputClass}
                value={value.caption ?? ""}
                placeholder={fallback}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                aria-invalid={error ? true : undefined}
                onChange={(e) => set("caption", e.target.value)}
              />
            ) : (
              <input
                id={id}
                type="text"
                readOnly={disabled}
                className={inputClass}
                value={value[f.key] ?? ""}
                placeholder={fallback}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                aria-invalid={error ? true : undefined}
                onChange={(e) => set(f.key, e.target.value)}
              />
            )}
            <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
              {f.hint ? `${f.hint} ` : ""}
              {hint}
            </p>
            {error && (
              <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-semibold text-accent">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
