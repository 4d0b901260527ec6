"use client";
import { useId, useRef, useState, type DragEvent } from "react";
import { secondaryButtonClass } from "@/components/desk/field";
import { ACCEPT_ATTR, ACCEPTED_LABEL } from "@/lib/media/limits";
import type { MediaSummary } from "@/lib/content/media-summary";
import { uploadPhoto } from "./upload-photo";

export type PhotoUploaderProps = {
  /** Called once per stored photo, with the library defaults already prefilled from its IPTC/XMP/EXIF. */
  onUploaded: (media: MediaSummary) => void;
  /** The picker button's accessible name and text, e.g. "Upload photo" for the hero. */
  label?: string;
  /** Allow several files at once (the library); one file for a single placement. Default false. */
  multiple?: boolean;
  className?: string;
};

type Item = {
  key: number;
  name: string;
  progress: number;
  state: "sending" | "processing" | "done" | "error";
  error?: string;
};

/**
 * Drop zone plus a picker button; one progress bar per file while it uploads, and a plain-words alert per refused
 * file. Files are judged by the server; the picker's type filter is only a hint.
 */
export function PhotoUploader({
  onUploaded,
  label = "Upload photo",
  multiple = false,
  className = "",
}: PhotoUploaderProps) {
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const nextKey = useRef(0);
  const [items, setItems] = useState<Item[]>([]);
  const [over, setOver] = useState(false);
  const patch = (key: number, change: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...change } : i)));

  async function send(files: File[]) {
    for (const file of multiple ? files : files.slice(0, 1)) {
      const key = nextKey.current++;
      setItems((all) => [
        ...all.filter((i) => i.state !== "done"),
        { key, name: file.name, progress: 0, state: "sending" },
      ]);
      try {
        const media = await uploadPhoto(file, {
          onProgress: (p) => patch(key, { progress: p }),
          onSent: () => patch(key, { progress: 1, state: "processing" }),
        });
        patch(key, { state: "done" });
        onUploaded(media);
      } catch (error) {
        patch(key, { state: "error", error: (error as Error).message });
      }
    }
  }

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void send([...e.dataTransfer.files]);
  };

  return (
    <div className={className}>
      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        data-testid="photo-drop-zone"
        className={`flex flex-col items-start gap-2 rounded border-2 border-dashed p-4 sm:flex-row sm:items-center ${over ? "border-ink bg-rule/40" : "border-rule"}`}
      >
        <button
          type="button"
          className={secondaryButtonClass}
          aria-describedby={hintId}
          onClick={() => input.current?.click()}
        >
          {label}
        </button>
        <p id={hintId} className="text-sm text-muted">
          or drag {multiple ? "photos" : "a photo"} here. {ACCEPTED_LABEL}, up to 20 MB.
        </p>
        {/* The button is the control people use; the input only opens the system picker. */}
        <input
          ref={input}
          type="file"
          accept={ACCEPT_ATTR}
          multiple={multiple}
          hidden
          tabIndex={-1}
          onChange={(e) => {
            void send([...(e.target.files ?? [])]);
            e.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="mt-2 space-y-2 text-sm">
          {items.map((i) => (
            <li key={i.key}>
              {i.state === "error" ? (
                <p role="alert" className="rounded border border-accent px-3 py-2 text-accent">
                  <strong>{i.name}:</strong> {i.error}
                </p>
              ) : (
                <div role="status" className="flex flex-wrap items-center gap-2">
                  <span className="min-w-0 truncate">{i.name}</span>
                  {i.state === "done" ? (
                    <span>uploaded.</span>
                  ) : (
                    <>
                      {/* Indeterminate while the server re-encodes: the bytes are sent, the work is not done. */}
                      <progress
                        aria-label={`Uploading ${i.name}`}
                        max={100}
                        value={i.state === "processing" ? undefined : Math.round(i.progress * 100)}
                        className="h-2 w-40"
                      />
                      <span>{i.state === "processing" ? "Processing…" : `${Math.round(i.progress * 100)}%`}</span>
                    </>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
