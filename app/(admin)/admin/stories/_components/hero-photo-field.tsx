"use client";
import { useState } from "react";
import type { DeskPhoto, PhotoOverrides } from "@/lib/story/desk-types";
import { MediaLibraryDialog, PhotoPlacementFields, PhotoUploader, type MediaSummary } from "./media-parts";

type Props = {
  photo: DeskPhoto | null;
  heroMediaId: string | null;
  overrides: PhotoOverrides;
  readOnly: boolean;
  onChoose: (m: MediaSummary) => void;
  onRemove: () => void;
  onOverrides: (o: PhotoOverrides) => void;
};

/** The hero photo: upload one or choose from the library, then its Alt text, Caption and Credit for this story. */
export function HeroPhotoField({ photo, heroMediaId, overrides, readOnly, onChoose, onRemove, onOverrides }: Props) {
  const [libraryOpen, setLibraryOpen] = useState(false);
  return (
    <fieldset id="field-hero" className="mb-6 min-w-0 rounded border border-rule p-4 font-sans">
      <legend className="px-1 text-sm font-semibold">Hero photo</legend>
      {heroMediaId && (
        <div className="mb-3 flex flex-wrap items-start gap-3">
          {photo ? (
            // eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail of a library file
            <img
              src={photo.thumbUrl}
              alt={overrides.alt || photo.alt}
              width={240}
              height={Math.round((240 * photo.height) / Math.max(photo.width, 1))}
              className="h-auto w-60 max-w-full rounded"
            />
          ) : (
            <p className="text-sm text-accent">The hero photo is missing from the library; choose another.</p>
          )}
          {!readOnly && (
            <button type="button" onClick={onRemove} className="text-sm underline">
              Remove hero photo
            </button>
          )}
        </div>
      )}
      {!readOnly && (
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <PhotoUploader label="Upload photo" onUploaded={onChoose} />
          <button
            type="button"
            onClick={() => setLibraryOpen(true)}
            className="rounded border border-ink px-3 py-2 text-sm font-semibold"
          >
            Choose from library
          </button>
        </div>
      )}
      {heroMediaId && (
        <PhotoPlacementFields
          idPrefix="hero"
          defaults={{ alt: photo?.alt ?? "", caption: photo?.caption ?? "", credit: photo?.credit ?? "" }}
          value={overrides}
          disabled={readOnly}
          onChange={onOverrides}
        />
      )}
      <MediaLibraryDialog
        open={libraryOpen}
        onClose={() => setLibraryOpen(false)}
        onPick={(m: MediaSummary) => {
          setLibraryOpen(false);
          onChoose(m);
        }}
      />
    </fieldset>
  );
}
