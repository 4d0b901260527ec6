import StarterKit from "@tiptap/starter-kit";
import { safeHref } from "@/lib/content/rich-text/safe-href";
import { PhotoNode } from "./photo-node";

/**
 * Exactly the body's allowlist (lib/content/rich-text/schema.ts): a node or mark that is not registered here cannot enter
 * the document, by typing, shortcut or paste, so the server never has to refuse it.
 */
export const bodyExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    underline: false,
    heading: { levels: [2, 3, 4] },
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      isAllowedUri: (url) => safeHref(url) !== null,
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
  PhotoNode,
];
