"use client";
import { useEffect, useId, useRef, useState } from "react";
import { secondaryButtonClass } from "@/components/desk/field";
import type { MediaPage, MediaSummary } from "@/lib/content/media-summary";
import { PhotoUploader } from "./photo-uploader";

export type MediaLibraryDialogProps = {
  /** Shown as a modal while true; focus moves into it, and back where it was on close. */
  open: boolean;
  /** Escape, the Close button, or a pick: set open to false here. */
  onClose: () => void;
  /** The chosen photo (from the library, or just uploaded inside the dialog). */
  onPick: (media: MediaSummary) => void;
  /** The dialog's heading; default "Choose a photo". */
  title?: string;
};

async function fetchLibrary(q: string, page: number): Promise<MediaPage> {
  const res = await fetch(`/admin/media/search?q=${encodeURIComponent(q)}&page=${page}`, {
    headers: { Accept: "application/json" },
  });
  if (!res.ok) throw new Error(`library search ${res.status}`);
  return (await res.json()) as MediaPage;
}

/** A native modal <dialog> (focus kept inside, Escape closes) to search the library, pick or upload a photo. */
export function MediaLibraryDialog({ open, onClose, onPick, title = "Choose a photo" }: MediaLibraryDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const id = useId(); // an editor page holds two of these (hero and body)
  const opener = useRef<Element | null>(null);
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<MediaPage | null>(null);
  const [items, setItems] = useState<MediaSummary[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      opener.current = document.activeElement;
      d.showModal();
      search.current?.focus(); // showModal would focus the first button; searching is what people come for
    } else if (!open && d.open) d.close();
  }, [open]);

  async function load(q: string, page: number) {
    setProblem(null);
    try {
      const next = await fetchLibrary(q, page);
      setResult(next);
      setItems((old) => (page === 1 ? next.items : [...old, ...next.items]));
    } catch {
      setProblem("The photo library could not be loaded. Try again.");
    }
  }

  // Search as people type, a moment after they stop.
  useEffect(() => {
    if (!open) return;
    let current = true;
    const t = setTimeout(() => {
      fetchLibrary(query, 1).then(
        (next) => {
          if (current) {
            setProblem(null);
            setResult(next);
            setItems(next.items);
          }
        },
        () => {
          if (current) setProblem("The photo library could not be loaded. Try again.");
        },
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(t);
    };
  }, [open, query]);

  const pick = (m: MediaSummary) => {
    onPick(m);
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onClose={() => {
        onClose();
        (opener.current as HTMLElement | null)?.focus?.();
      }}
      className="m-auto max-h-[90vh] w-[min(56rem,calc(100vw-2rem))] rounded border border-rule bg-paper p-0 text-ink backdrop:bg-black/50"
    >
      <div className="flex items-center justify-between border-b border-rule px-4 py-3">
        <h2 id={`${id}-title`} className="font-serif text-xl font-bold">
          {title}
        </h2>
        <button type="button" className={secondaryButtonClass} onClick={() => onClose()}>
          Close
        </button>
      </div>
      <div className="space-y-4 p-4">
        <PhotoUploader label="Upload a new photo" onUploaded={pick} />
        <div>
          <label htmlFor={`${id}-search`} className="block text-sm font-semibold">
            Search photos
          </label>
          <input
            id={`${id}-search`}
            type="text"
            /* not "search": its Escape clears the box instead of closing the dialog */ value={query}
            ref={search}
            onChange={(e) => setQuery(e.target.value)}
            className="mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base"
            placeholder="Caption, alt text, credit or file name"
          />
        </div>
        {problem && (
          <p role="alert" className="text-sm text-accent">
            {problem}
          </p>
        )}
        <p role="status" className="sr-only">
          {result ? `${items.length} photo${items.length === 1 ? "" : "s"} shown` : ""}
        </p>
        {result && items.length === 0 && <p className="text-sm text-muted">No photos match “{query}”.</p>}
        <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4">
          {items.map((m) => (
            <li key={m.id}>
              <button
                type="button"
                onClick={() => pick(m)}
                className="block w-full rounded border border-rule p-1 text-left hover:border-ink focus-visible:outline-2"
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail from our own sizes */}
                <img
                  src={m.thumbUrl}
                  alt=""
                  width={m.width}
                  height={m.height}
                  loading="lazy"
                  className="aspect-[4/3] w-full rounded object-cover"
                />
                <span className="mt-1 line-clamp-2 block text-xs">
                  {m.caption || m.alt || m.originalName || "Untitled photo"}
                </span>
                <span className="sr-only">Choose this photo{m.alt ? `: ${m.alt}` : ""}</span>
              </button>
            </li>
          ))}
        </ul>
        {result?.hasMore && (
          <button type="button" className={secondaryButtonClass} onClick={() => void load(query, result.page + 1)}>
            More photos
          </button>
        )}
      </div>
    </dialog>
  );
}
