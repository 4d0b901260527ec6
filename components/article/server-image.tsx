import { getImageProps, type ImageProps } from "next/image";
import { preload } from "react-dom";

/**
 * next/image's sizes and srcset, rendered by the server as a plain <img>: reader pages then load no image
 * component and hydrate nothing for their photos. `priority` preloads the photo as next/image would.
 * Give `sizes` only to photos whose width follows the layout; a fixed-size thumbnail without it gets a 1x/2x
 * srcset of two entries instead of every configured width.
 */
export function ServerImage({ priority, ...rest }: ImageProps) {
  const { props } = getImageProps({
    ...rest,
    loading: priority ? "eager" : rest.loading,
    fetchPriority: priority ? "high" : rest.fetchPriority,
  });
  if (priority && !rest.unoptimized) {
    preload(props.src, { as: "image", imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: "high" });
  }
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- getImageProps carries the alt given
  return <img {...props} />;
}
