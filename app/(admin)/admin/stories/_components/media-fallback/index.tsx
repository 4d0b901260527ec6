"use client";
// Stand-ins with the media helper's props until components/desk/media lands (media branch); removed on that merge.
import { controlClass } from "@/components/desk/text-control";
import type { PhotoOverrides } from "@/lib/story-desk-types";

export type MediaSummary = { id: string; url: string; thumbUrl: string; width: number; height: number; alt: string; caption: string; credit: string; originalName: string };

export function PhotoUploader({ label }: { label: string; onUploaded: (m: MediaSummary) => void }) {
  return <button type="button" disabled className="rounded border border-ink px-3 py-2 text-sm font-semibold opacity-50">{label}</button>;
}

export function MediaLibraryDialog({ open, onClose }: { open: boolean; onClose: () => void; onPick: (m: MediaSummary) => void }) {
  if (!open) return null;
  return (
    <div role="dialog" aria-label="Media library" className="rounded border border-ink p-3 text-sm">
      <p>The media library is not available yet.</p>
      <button type="button" onClick={onClose} className="underline">Close</button>
    </div>
  );
}

export function PhotoPlacementFields({ idPrefix, defaults, value, onChange, disabled }: {
  idPrefix: string; defaults: { alt: string; caption: string; credit: string }; value: PhotoOverrides; onChange: (o: PhotoOverrides) => void; disabled?: boolean;
}) {
  const fields = [["alt", "Alt text"], ["caption", "Caption"], ["credit", "Credit"]] as const;
  return (
    <div className="grid gap-2 sm:grid-cols-3">
      {fields.map(([k, label]) => (
        <div key={k}>
          <label htmlFor={`${idPrefix}-${k}`} className="block text-sm font-semibold">{label}</label>
          <input
            id={`${idPrefix}-${k}`} value={value[k] ?? ""} placeholder={defaults[k]} readOnly={disabled} className={controlClass}
            onChange={(e) => onChange({ ...value, [k]: e.target.value })}
          />
        </div>
      ))}
    </div>
  );
}
