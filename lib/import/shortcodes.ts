/**
 * WordPress shortcodes in a post's text, turned into plain HTML the body converter understands ([caption] into a
 * figure, [gallery] into its photos, [embed] into a link), or taken out with their inner text kept. Only a bracket
 * that looks like a shortcode is touched: a credit such as "[PRESIDENTIAL OFFICE]" stays as it is.
 * A hand-written scanner, not a regular expression: its time is linear in the text whatever the text holds.
 */

export type ShortcodeNote = { kind: string; detail: string };

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `id="attachment_12" caption='A "b"' width=300` as a record; unquoted values too. */
export function shortcodeAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i]!)) i++;
    let name = "";
    while (i < source.length && /[\w-]/.test(source[i]!)) name += source[i++];
    if (!name) {
      i++;
      continue;
    }
    if (source[i] !== "=") {
      attrs[name.toLowerCase()] = "";
      continue;
    }
    i++;
    const quote = source[i] === '"' || source[i] === "'" ? source[i++] : null;
    let value = "";
    while (i < source.length && (quote ? source[i] !== quote : !/\s/.test(source[i]!))) value += source[i++];
    if (quote) i++;
    attrs[name.toLowerCase()] = value;
  }
  return attrs;
}

const ENCLOSING = new Set(["caption", "wp_caption", "embed", "video", "audio"]);

/** Text with its shortcodes replaced, and a note for each one that did not carry over as it was. */
export function expandShortcodes(
  text: string,
  depth = 0,
  ownAttachments: string[] = [],
): { html: string; notes: ShortcodeNote[] } {
  const notes: ShortcodeNote[] = [];
  if (!text.includes("[")) return { html: text, notes };
  let out = "";
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("[", i);
    if (open < 0) break;
    out += text.slice(i, open);
    const parsed = parseTag(text, open);
    if (!parsed) {
      out += "[";
      i = open + 1;
      continue;
    }
    const { name, attrs, end, closing } = parsed;
    if (closing) {
      // A stray closer of a shortcode we unwrap: drop it.
      i = end;
      continue;
    }
    const closer = `[/${name}]`;
    const closeAt = ENCLOSING.has(name) || looksEnclosed(text, end, closer) ? text.indexOf(closer, end) : -1;
    const inner = closeAt >= 0 ? text.slice(end, closeAt) : "";
    const after = closeAt >= 0 ? closeAt + closer.length : end;
    out += replacement(name, attrs, inner, notes, depth, ownAttachments);
    i = after;
  }
  out += text.slice(i);
  return { html: out, notes };
}

function looksEnclosed(text: string, from: number, closer: string): boolean {
  const at = text.indexOf(closer, from);
  return at >= 0 && at - from < 200_000;
}

/** `[name attrs]` or `[/name]` at `at`, when it looks like a shortcode (lowercase name, attributes with `=`). */
function parseTag(text: string, at: number) {
  let i = at + 1;
  const closing = text[i] === "/";
  if (closing) i++;
  let name = "";
  while (i < text.length && /[a-z0-9_-]/.test(text[i]!)) name += text[i++];
  if (!name || name.length > 40) return null;
  const end = text.indexOf("]", i);
  if (end < 0 || end - i > 4000) return null;
  const rest = text.slice(i, end);
  if (closing && rest.trim()) return null;
  if (rest && !/^\s/.test(rest) && rest !== "/") return null;
  const known = KNOWN.has(name);
  // An unknown bracketed word is a shortcode only when it carries attributes or has its own closer.
  if (!known && !closing && !rest.includes("=") && text.indexOf(`[/${name}]`, end) < 0) return null;
  return { name, attrs: shortcodeAttrs(rest.replace(/\/$/, "")), end: end + 1, closing };
}

const KNOWN = new Set(["caption", "wp_caption", "gallery", "embed", "video", "audio", "playlist"]);

function replacement(
  name: string,
  attrs: Record<string, string>,
  inner: string,
  notes: ShortcodeNote[],
  depth: number,
  ownAttachments: string[],
): string {
  switch (name) {
    case "caption":
    case "wp_caption": {
      const id = /^attachment_(\d+)$/.exec(attrs.id ?? "")?.[1] ?? "";
      const caption = attrs.caption ? `<figcaption>${escapeAttr(attrs.caption)}</figcaption>` : "";
      return `<figure data-wp-attachment="${escapeAttr(id)}">${inner}${caption}</figure>`;
    }
    case "gallery": {
      // Without ids, a gallery shows the photos uploaded to the post (their parent).
      const listed = (attrs.ids ?? "").split(",").filter((s) => /^\d+$/.test(s.trim()));
      const ids = listed.length ? listed : ownAttachments;
      if (!ids.length) {
        notes.push({ kind: "gallery", detail: "a [gallery] of the post's own photos, of which the export has none" });
        return "";
      }
      notes.push({ kind: "gallery", detail: `a [gallery] of ${ids.length} photos, kept as photos one after another` });
      return ids.map((id) => `<figure data-wp-attachment="${id.trim()}"><img data-wp-gallery="1"></figure>`).join("");
    }
    case "embed":
    case "video":
    case "audio": {
      const url = (attrs.src || attrs.mp4 || attrs.mp3 || inner).trim();
      notes.push({ kind: name, detail: `[${name}] ${url || "(no address)"} kept as a link` });
      return url ? `<p><a href="${escapeAttr(url)}">${escapeAttr(url)}</a></p>` : "";
    }
    default:
      notes.push({ kind: "shortcode", detail: `[${name}] removed${inner.trim() ? ", its text kept" : ""}` });
      // Page builders nest their shortcodes; a few levels is all they use.
      if (depth >= 8) return inner;
      const nested = expandShortcodes(inner, depth + 1, ownAttachments);
      notes.push(...nested.notes);
      return nested.html;
  }
}
