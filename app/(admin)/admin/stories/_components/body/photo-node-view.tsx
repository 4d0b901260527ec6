"use client";
import { NodeViewWrapper, useEditorState, type NodeViewProps } from "@tiptap/react";
import type { Node as PmNode } from "@tiptap/pm/model";
import { effectivePhotoText } from "@/lib/story/photos";
import { PhotoPlacementFields } from "../media-parts";
import { usePhotos } from "./photos-context";

/** The photo's place among the body's photos: the checklist points at `body-photo-<i>`. */
function photoIndex(doc: PmNode, pos: number | undefined): number {
  let i = 0;
  let found = -1;
  doc.descendants((n, p) => {
    if (found >= 0) return false;
    if (n.type.name === "photo") {
      if (p === pos) found = i;
      i++;
    }
    return true;
  });
  return Math.max(found, 0);
}

/** A photo inside the body: the image, and this placement's own Alt text, Caption and Credit. */
export function PhotoNodeView({ node, editor, getPos, updateAttributes, deleteNode, selected }: NodeViewProps) {
  const photos = usePhotos();
  const { index, editable } = useEditorState({
    editor,
    selector: ({ editor: e }) => ({ index: photoIndex(e.state.doc, getPos()), editable: e.isEditable }),
  });
  const attrs = node.attrs as { mediaId: string; alt: string; caption: string; credit: string };
  const photo = photos[attrs.mediaId];
  const shown = effectivePhotoText(photo, attrs);
  const idPrefix = `body-photo-${index}`;
  return (
    <NodeViewWrapper
      as="figure"
      id={idPrefix}
      data-drag-handle
      contentEditable={false}
      className={`not-prose my-6 rounded border p-3 font-sans ${selected ? "border-accent" : "border-rule"}`}
    >
      <div className="flex flex-wrap items-start gap-3">
        {photo ? (
          // eslint-disable-next-line @next/next/no-img-element -- a desk thumbnail of a library file; next/image adds nothing here
          <img
            src={photo.thumbUrl}
            alt={shown.alt}
            width={160}
            height={Math.round((160 * photo.height) / Math.max(photo.width, 1))}
            className="h-auto w-40 max-w-full rounded"
          />
        ) : (
          <p className="text-sm text-accent">This photo is missing from the library. Remove it and insert another.</p>
        )}
        <p className="text-sm text-muted">Photo {index + 1} in the body</p>
        {editable && (
          <button type="button" onClick={() => deleteNode()} className="ml-auto text-sm underline">
            Remove photo {index + 1}
          </button>
        )}
      </div>
      <PhotoPlacementFields
        idPrefix={idPrefix}
        defaults={{ alt: photo?.alt ?? "", caption: photo?.caption ?? "", credit: photo?.credit ?? "" }}
        value={{ alt: attrs.alt, caption: attrs.caption, credit: attrs.credit }}
        disabled={!editable}
        onChange={(o) => updateAttributes({ alt: o.alt ?? "", caption: o.caption ?? "", credit: o.credit ?? "" })}
      />
    </NodeViewWrapper>
  );
}
