import { ServerImage } from "@/components/article/server-image";
import type { Photo } from "@/lib/content/types";

type Props = {
  photo: Photo;
  sizes: string;
  priority?: boolean;
  className?: string;
  alt?: string;
  unoptimized?: boolean;
};

/**
 * A photo at the size the layout needs. When upload has stored reader sizes as files (media.variants), the
 * srcset lists exactly those, served as files (cached by nginx); otherwise next/image resizes the original, over
 * the small set of widths in next.config.ts.
 */
export function PhotoImage({ photo, sizes, priority = false, className, alt = photo.alt, unoptimized = false }: Props) {
  if (photo.variants.length === 0) {
    // unoptimized (previews): the browser fetches the file itself, with the credentials a photo not yet public needs.
    return (
      <ServerImage
        src={photo.url}
        alt={alt}
        width={photo.width}
        height={photo.height}
        sizes={sizes}
        priority={priority}
        unoptimized={unoptimized}
        className={className}
      />
    );
  }
  const largest = photo.variants[photo.variants.length - 1]!;
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the sizes are already files; next/image would resize them again
    <img
      src={largest.url}
      srcSet={photo.variants.map((v) => `${v.url} ${v.width}w`).join(", ")}
      sizes={sizes}
      alt={alt}
      width={photo.width}
      height={photo.height}
      className={className}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
    />
  );
}
