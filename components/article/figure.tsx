import type { Photo } from "@/lib/content/types";
import { PhotoCaption } from "./photo-caption";
import { PhotoImage } from "./photo-image";

/** A news photo with its caption and the bracketed credit. */
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
      <PhotoCaption photo={photo} />
    </figure>
  );
}
