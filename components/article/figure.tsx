import type { Photo } from "@/lib/content/types";
import { PhotoImage } from "./photo-image";

/** A news photo with its caption and the bracketed credit, as printed: "Caption text. [CREDIT]". */
export function Figure({
  photo,
  priority = false,
  sizes,
  unoptimized = false,
}: {
  photo: Photo;
  priority?: boolean;
  sizes: string;
  unoptimized?: boolean;
}) {
  return (
    <figure className="my-6">
      <PhotoImage
        photo={photo}
        sizes={sizes}
        priority={priority}
        unoptimized={unoptimized}
        className="h-auto w-full bg-rule/40"
      />
      {(photo.caption || photo.credit) && (
        <figcaption className="mt-2 font-sans text-sm leading-snug text-muted">
          {photo.caption}
          {photo.credit && <span className="ml-1 tracking-wide uppercase">[{photo.credit}]</span>}
        </figcaption>
      )}
    </figure>
  );
}
