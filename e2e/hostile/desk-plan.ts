import { payloads } from "./payloads";

/**
 * The payloads typed through the desk (e2e/hostile-desk.spec.ts): about twenty of payloads.ts, one or more per class,
 * plus what that list lacks (SQL, template arithmetic, markdown). Typing all 115 into every field would take the
 * whole CI budget; each field gets several, chosen in turn from this list so every payload reaches several fields.
 */
const from = (p: string) => {
  if (!payloads.includes(p)) throw new Error(`Not in payloads.ts: ${p}`);
  return p;
};
const run = "__xss()";

export const deskPayloads = [
  { kind: "script tag", text: from(`<script>${run}</script>`) },
  { kind: "event handler", text: from(`<img src=x onerror=${run}>`) },
  { kind: "attribute break", text: from(`" onmouseover="${run}`) },
  { kind: "</script>", text: from(`</script><script>${run}</script>`) },
  { kind: "javascript: URL", text: from(`javascript:${run}`) },
  { kind: "]]>", text: from(`]]><script>${run}</script>`) },
  { kind: "<!--", text: from(`--><script>${run}</script><!--`) },
  { kind: "bidi", text: from(`\u202Egnp.exe\u202C<script>${run}</script>`) },
  { kind: "zero-width", text: from(`zero\u200Bwidth<scr\u200Bipt>${run}</script>`) },
  { kind: "Hangul", text: from(`한국어 <script>${run}</script> 제목`) },
  { kind: "long", text: from(`${"<script>".repeat(30)}${run}`) },
  { kind: "SQL", text: `'; DROP TABLE stories; -- ' OR '1'='1` },
  { kind: "template", text: `{{7*7}} \${7*7} <%= 7*7 %>` },
  { kind: "template call", text: from(`{{constructor.constructor('${run}')()}}`) },
  { kind: "entities", text: from(`&lt;script&gt;${run}&lt;/script&gt;`) },
  { kind: "entities", text: from(`&amp;&lt;&gt;&quot;&#39;`) },
  { kind: "markdown", text: `[click](javascript:${run}) **bold** <b>x</b>` },
  { kind: "svg", text: from(`<svg onload=${run}>`) },
  { kind: "JSON-LD break", text: from(`"}]</script><script>${run}</script>`) },
  { kind: "XML", text: from(`<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;`) },
  { kind: "fullwidth", text: from(`＜script＞${run}＜/script＞`) },
  { kind: "quote break", text: from(`');${run};//`) },
] as const;

export type DeskPayload = (typeof deskPayloads)[number];

/**
 * A field's value: payloads from `start` on, joined by a space, as many as fit in `max` characters (at least
 * `min` of them, cut short only by the field's limit). `skip` leaves out payloads the field cannot carry as typed
 * (a comma splits tags).
 */
export function valueFor(start: number, max: number, opts: { skip?: (p: string) => boolean; count?: number } = {}) {
  const used: DeskPayload[] = [];
  let text = "";
  for (let i = 0; i < deskPayloads.length && used.length < (opts.count ?? Infinity); i++) {
    const p = deskPayloads[(start + i) % deskPayloads.length]!;
    if (opts.skip?.(p.text)) continue;
    const next = text ? `${text} ${p.text}` : p.text;
    if (next.length > max) continue;
    text = next;
    used.push(p);
  }
  return { text, used };
}

/** Which payload reached which field: the figures the spec prints. */
export class Coverage {
  private seen = new Map<string, Set<string>>();
  add(field: string, used: readonly DeskPayload[] | string[]) {
    const set = this.seen.get(field) ?? new Set<string>();
    for (const p of used) set.add(typeof p === "string" ? p : p.text);
    this.seen.set(field, set);
  }
  summary() {
    const fields = [...this.seen.keys()];
    const reached = new Set([...this.seen.values()].flatMap((s) => [...s]));
    const pairs = [...this.seen.values()].reduce((n, s) => n + s.size, 0);
    return {
      payloads: reached.size,
      fields: fields.length,
      pairs,
      perField: fields.map((f) => `${f}: ${this.seen.get(f)!.size}`),
    };
  }
}
