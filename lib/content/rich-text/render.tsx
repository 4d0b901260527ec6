import type { ReactNode } from "react";
import { safeHref } from "./safe-href";
import { headingLevel } from "./text";
import type { RichTextDoc, RichTextMark, RichTextNode } from "./types";

export { safeHref };

/** Draws a photo node: its library id and the words this placement overrides. */
export type PhotoRenderer = (
  photo: { mediaId: string; alt?: string; caption?: string; credit?: string },
  key: string,
) => ReactNode;

function renderMarks(text: ReactNode, marks: RichTextMark[] | undefined, key: string): ReactNode {
  let out = text;
  for (const [i, mark] of (marks ?? []).entries()) {
    const k = `${key}m${i}`;
    switch (mark.type) {
      case "bold":
        out = <strong key={k}>{out}</strong>;
        break;
      case "italic":
        out = <em key={k}>{out}</em>;
        break;
      case "strike":
        out = <s key={k}>{out}</s>;
        break;
      case "link": {
        const href = safeHref(mark.attrs?.href);
        if (href)
          out = (
            <a key={k} href={href} rel="noopener noreferrer">
              {out}
            </a>
          );
        break;
      }
      // Unknown marks are dropped: the text stays, the formatting does not.
    }
  }
  return out;
}

function renderInline(nodes: RichTextNode[] | undefined, key: string): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    const k = `${key}.${i}`;
    if (node.type === "text") return renderMarks(node.text ?? "", node.marks, k);
    if (node.type === "hardBreak") return <br key={k} />;
    return null;
  });
}

/** Renders one top-level block through the allowlist; unknown nodes render nothing. */
export function renderBlock(node: RichTextNode, key: string, photo: PhotoRenderer): ReactNode {
  switch (node.type) {
    case "paragraph":
      return <p key={key}>{renderInline(node.content, key)}</p>;
    case "heading": {
      // Article headings start at h2: the headline is the page's only h1.
      const level = headingLevel(node);
      const Tag = `h${level}` as "h2" | "h3" | "h4";
      return <Tag key={key}>{renderInline(node.content, key)}</Tag>;
    }
    case "blockquote":
      return (
        <blockquote key={key}>{(node.content ?? []).map((c, i) => renderBlock(c, `${key}.${i}`, photo))}</blockquote>
      );
    case "bulletList":
    case "orderedList": {
      const List = node.type === "bulletList" ? "ul" : "ol";
      return (
        <List key={key}>
          {(node.content ?? [])
            .filter((c) => c.type === "listItem")
            .map((item, i) => (
              <li key={`${key}.${i}`}>
                {(item.content ?? []).map((c, j) => renderBlock(c, `${key}.${i}.${j}`, photo))}
              </li>
            ))}
        </List>
      );
    }
    case "horizontalRule":
      return <hr key={key} />;
    case "photo":
      return typeof node.attrs?.mediaId === "string" ? photo(node.attrs as { mediaId: string }, key) : null;
    default:
      return null;
  }
}

/** The document's top-level blocks as React nodes, so a page can place ads or widgets between them. */
export function renderDoc(doc: RichTextDoc, photo: PhotoRenderer): { node: ReactNode; type: string }[] {
  return (doc.content ?? []).map((block, i) => ({ node: renderBlock(block, `b${i}`, photo), type: block.type }));
}
