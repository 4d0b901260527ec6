import { createMedia } from "@/db/mutations/media";
import { currentUser } from "@/lib/authz";
import { fromAnotherSite } from "@/lib/request-guards";
import { permits } from "@/lib/auth/actor";
import { tooLargeMessage, MAX_UPLOAD_BYTES } from "@/lib/media/limits";
import { readBodyUpTo } from "@/lib/read-body";
import { PhotoRejectedError, storePhoto } from "@/lib/media/storage";
import type { UploadAnswer } from "@/lib/content/media-summary";
import { writer } from "@/db/mutations/writer";

const answer = (body: UploadAnswer, status: number) =>
  Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

/**
 * POST /admin/media/upload: the photo's bytes as the body, its file name (URI-encoded) in X-File-Name.
 * Answers { media } (201) or { error } with a 4xx. Nothing is stored on a refusal.
 * Not behind proxy.ts (see its matcher): the proxy would copy the body and cut it at its 10 MB limit, so the
 * session and capability (media.upload, as lib/desk-registry.ts lists) are checked here, before the body is read.
 */
export async function POST(req: Request): Promise<Response> {
  const actor = await currentUser();
  if (!actor) return answer({ error: "Sign in to upload photos." }, 401);
  if (!permits(actor, "media.upload")) return answer({ error: "Your role cannot upload photos." }, 403);
  // A browser on another site cannot post here with this person's cookie (fetch metadata; absent for scripts).
  if (fromAnotherSite(req.headers)) return answer({ error: "Uploads must come from the desk itself." }, 403);

  const declared = Number(req.headers.get("content-length") ?? NaN);
  if (declared > MAX_UPLOAD_BYTES) return answer({ error: tooLargeMessage(declared) }, 413);
  // A client whose connection drops mid-way leaves a body that cannot be read: nothing is stored, and it is the
  // network's doing, not a server error for the logs.
  const body = await readBodyUpTo(req, MAX_UPLOAD_BYTES).catch(() => "cut off" as const);
  if (body === "cut off")
    return answer({ error: "The upload was cut off before the whole photo arrived. Try again." }, 400);
  if (!body) return answer({ error: tooLargeMessage(Number.isFinite(declared) ? declared : null) }, 413);
  if (body.length === 0) return answer({ error: "The file is empty. Choose a photo to upload." }, 400);
  const originalName = fileName(req.headers.get("x-file-name"));

  try {
    const stored = await storePhoto(body, originalName);
    const media = await createMedia(await writer(), stored, { ...stored.text, originalName, uploadedBy: actor.id });
    return answer({ media }, 201);
  } catch (error) {
    if (error instanceof PhotoRejectedError) return answer({ error: error.message }, error.status);
    throw error;
  }
}

function fileName(header: string | null): string {
  let name = "";
  try {
    name = decodeURIComponent(header ?? "");
  } catch {
    name = "";
  }
  // A file name is shown back to people: no control characters, no folders.
  return name
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .split(/[\\/]/)
    .pop()!
    .trim()
    .slice(0, 200);
}
