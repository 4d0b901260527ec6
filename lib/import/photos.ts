import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { WxrItem } from "./wxr";
import type { ImageRef } from "./html-to-doc";
import { plainText } from "./html-to-doc";
import { decodePath } from "@/lib/legacy-paths";
import { formatMegabytes } from "@/lib/media/limits";
import { readBodyUpTo } from "@/lib/read-body";

/** A WordPress attachment: where its file is, and the words the site kept with it. */
export type Attachment = {
  parent: string;
  id: string;
  url: string;
  file: string;
  alt: string;
  caption: string;
  credit: string;
  title: string;
};

export function attachmentFromItem(item: WxrItem): Attachment {
  const { caption, credit } = splitCredit(plainText(item.excerpt));
  return {
    id: item.postId,
    parent: item.parent,
    url: item.attachmentUrl || item.guid,
    file: item.meta._wp_attached_file ?? "",
    alt: plainText(item.meta._wp_attachment_image_alt ?? ""),
    caption,
    credit:
      plainText(item.meta._media_credit ?? item.meta.media_credit ?? "") ||
      phpString(item.meta._wp_attachment_metadata ?? "", "credit") ||
      credit,
    title: plainText(item.title),
  };
}

/**
 * A credit a newsroom wrote at the end of a caption in brackets ("The council votes. [PRESIDENTIAL OFFICE]"):
 * our pages show credits in brackets themselves, so it moves to the credit.
 */
export function splitCredit(text: string): { caption: string; credit: string } {
  const trimmed = text.trim();
  if (!trimmed.endsWith("]")) return { caption: trimmed, credit: "" };
  const open = trimmed.lastIndexOf("[");
  const inner = open >= 0 ? trimmed.slice(open + 1, -1).trim() : "";
  if (!inner || inner.length > 80 || inner.includes("]")) return { caption: trimmed, credit: "" };
  return { caption: trimmed.slice(0, open).trim(), credit: inner };
}

/** A string field of PHP's serialize() format (WordPress's attachment metadata keeps the photo's IPTC there). */
export function phpString(serialized: string, key: string): string {
  const bytes = Buffer.from(serialized, "utf8");
  const needle = Buffer.from(`s:${Buffer.byteLength(key)}:"${key}";s:`, "utf8");
  const at = bytes.indexOf(needle);
  if (at < 0) return "";
  let i = at + needle.length;
  let digits = "";
  while (i < bytes.length && bytes[i]! >= 48 && bytes[i]! <= 57 && digits.length < 6)
    digits += String.fromCharCode(bytes[i++]!);
  const length = Number(digits);
  if (!digits || bytes[i] !== 58 || bytes[i + 1] !== 34) return "";
  return plainText(bytes.subarray(i + 2, i + 2 + length).toString("utf8"));
}

const UPLOADS = "/wp-content/uploads/";

/** A photo address without what WordPress adds for its sizes ("-600x400", "-scaled") or a query: the original. */
export function originalPath(src: string, base: string): string | null {
  try {
    const url = new URL(src, base || "http://localhost/");
    return decodeURIComponent(url.pathname)
      .toLowerCase()
      .replace(/-\d{1,5}x\d{1,5}(\.[a-z0-9]{2,5})$/, "$1")
      .replace(/-scaled(\.[a-z0-9]{2,5})$/, "$1");
  } catch {
    return null;
  }
}

/** The attachments of an export, found by id or by any address of their sizes. */
export class AttachmentIndex {
  private byId = new Map<string, Attachment>();
  private byPath = new Map<string, string>();
  private byParent = new Map<string, string[]>();
  constructor(private base: string) {}
  add(a: Attachment) {
    this.byId.set(a.id, a);
    if (a.parent && a.parent !== "0") this.byParent.set(a.parent, [...(this.byParent.get(a.parent) ?? []), a.id]);
    const p = originalPath(a.url, this.base);
    if (p) this.byPath.set(p, a.id);
  }
  get size() {
    return this.byId.size;
  }
  childrenOf(postId: string): string[] {
    return this.byParent.get(postId) ?? [];
  }
  get(id: string): Attachment | null {
    return this.byId.get(id) ?? null;
  }
  find(ref: Pick<ImageRef, "src" | "attachmentId">): Attachment | null {
    const byId = ref.attachmentId ? this.byId.get(ref.attachmentId) : undefined;
    if (byId) return byId;
    const p = ref.src ? originalPath(ref.src, this.base) : null;
    const id = p ? this.byPath.get(p) : undefined;
    return id ? (this.byId.get(id) ?? null) : null;
  }
}

export type PhotoSource = { uploads?: string; fetch?: boolean; timeoutMs: number; maxBytes: number };

/** The attachment's file from a copy of wp-content/uploads, else from its address; throws with the reason. */
export async function loadAttachment(a: Attachment, from: PhotoSource): Promise<Buffer> {
  const problems: string[] = [];
  if (from.uploads) {
    const relative =
      a.file || (a.url.includes(UPLOADS) ? (decodePath(a.url.split(UPLOADS)[1]!.split(/[?#]/)[0]!) ?? "") : "");
    const root = path.resolve(from.uploads);
    const full = path.resolve(root, relative);
    if (!relative || !full.startsWith(root + path.sep)) problems.push("no file name under the uploads folder");
    else {
      const info = await stat(full).catch(() => null);
      if (!info?.isFile()) problems.push(`not in the uploads folder (${relative})`);
      else if (info.size > from.maxBytes) problems.push(`larger than ${formatMegabytes(from.maxBytes)}`);
      else return readFile(full);
    }
  }
  if (from.fetch) {
    try {
      return await fetchCapped(a.url, from);
    } catch (error) {
      problems.push(`fetching ${a.url}: ${(error as Error).message}`);
    }
  }
  if (!from.uploads && !from.fetch) problems.push("no --uploads folder or --fetch given");
  throw new Error(problems.join("; "));
}

async function fetchCapped(url: string, from: PhotoSource): Promise<Buffer> {
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new Error("not an http(s) address");
  const res = await fetch(parsed, { signal: AbortSignal.timeout(from.timeoutMs) }).catch((error: Error) => {
    throw new Error(error.name === "TimeoutError" ? `no answer within ${from.timeoutMs / 1000} s` : error.message);
  });
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  // Read with the same bound as an upload: a lying or missing Content-Length costs at most the cap.
  const body =
    Number(res.headers.get("content-length") ?? 0) > from.maxBytes ? null : await readBodyUpTo(res, from.maxBytes);
  if (!body) {
    await res.body?.cancel().catch(() => {});
    throw new Error(`larger than ${formatMegabytes(from.maxBytes)}`);
  }
  return body;
}
