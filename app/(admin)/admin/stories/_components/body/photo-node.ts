import { mergeAttributes, Node, ReactNodeViewRenderer } from "@tiptap/react";
import type { PhotoOverrides } from "@/lib/story/model";
import { PhotoNodeView } from "./photo-node-view";

export type PhotoAttrs = PhotoOverrides & { mediaId: string };

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    photo: { insertPhoto: (attrs: PhotoAttrs) => ReturnType };
  }
}

// Overrides default to "" (not null): the server's schema takes strings or nothing, and "" means the library's words.
const text = (name: string) => ({
  default: "",
  parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`) ?? "",
  renderHTML: (attrs: Record<string, unknown>) => (attrs[name] ? { [`data-${name}`]: attrs[name] } : {}),
});

/** A photo placed in the body: the library photo's id plus this placement's own alt text, caption and credit. */
export const PhotoNode = Node.create({
  name: "photo",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,

  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (el: HTMLElement) => el.getAttribute("data-media-id"),
        renderHTML: (attrs: Record<string, unknown>) => ({ "data-media-id": attrs.mediaId }),
      },
      alt: text("alt"),
      caption: text("caption"),
      credit: text("credit"),
    };
  },

  // Copy and paste inside the editor keeps photos; pasted <img> from elsewhere is dropped (not in the allowlist).
  parseHTML() {
    return [{ tag: "figure[data-photo]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["figure", mergeAttributes({ "data-photo": "" }, HTMLAttributes)];
  },

  addNodeView() {
    return ReactNodeViewRenderer(PhotoNodeView);
  },

  addCommands() {
    return {
      insertPhoto:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});
