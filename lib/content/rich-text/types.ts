/** The editor's (Tiptap/ProseMirror) JSON document as stored. Rendering walks it through an allowlist. */
export type RichTextMark = { type: string; attrs?: Record<string, unknown> };
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};
export type RichTextDoc = { type: "doc"; content: RichTextNode[] };
