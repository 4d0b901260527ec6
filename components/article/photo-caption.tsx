import type { Photo } from "@/lib/content/types";

/** A photo's caption and bracketed credit, as printed: "Caption text. [CREDIT]"; nothing when it has neither. */
export function PhotoCaption({ photo }: { photo: Pick<Photo, "caption" | "credit"> }) {
  if (!photo.caption && !photo.credit) return null;
  return (
    <figcaption className="mt-2 font-sans text-sm leading-snug text-muted">
      {photo.caption}
      {photo.credit && <span className="ml-1 tracking-wide uppercase">[{photo.credit}]</span>}
    </figcaption>
  );
}
