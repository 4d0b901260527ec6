import { MAX_UPLOAD_BYTES, proxyTooLargeMessage, tooLargeMessage } from "@/lib/media/limits";
import type { MediaSummary, UploadAnswer } from "@/lib/content/media-summary";

export const UPLOAD_URL = "/admin/media/upload";

/** How long an upload may send nothing before it counts as cut off. */
export const STALL_MS = 20_000;

export type UploadCallbacks = { onProgress: (fraction: number) => void; onSent: () => void };

/**
 * Sends one file to the upload route with XMLHttpRequest, whose upload events give a real progress bar (fetch
 * has none). Resolves with the stored photo; rejects with an Error whose message is for people.
 */
export function uploadPhoto(file: File, cb: UploadCallbacks): Promise<MediaSummary> {
  // Refused here without sending 20 MB and more; the server checks again, by content as well as size.
  if (file.size > MAX_UPLOAD_BYTES) return Promise.reject(new Error(tooLargeMessage(file.size)));
  if (file.size === 0) return Promise.reject(new Error("The file is empty. Choose a photo to upload."));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const stopped = () => new Error("The upload stopped: check your connection and try again.");
    // A connection that drops mid-way can leave the request hanging with no error: the browser going offline, or
    // no progress for STALL_MS while bytes remain, ends it, so the person is told and can try again.
    let stall: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(cut, STALL_MS);
    };
    const done = () => {
      clearTimeout(stall);
      window.removeEventListener("offline", cut);
    };
    function cut() {
      done();
      xhr.abort();
      reject(stopped());
    }
    window.addEventListener("offline", cut);
    xhr.open("POST", UPLOAD_URL);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => {
      watch();
      if (e.lengthComputable) cb.onProgress(e.loaded / e.total);
    };
    xhr.upload.onload = () => {
      // Sent: the server's re-encoding may take a while and reports nothing until it answers; going offline still ends it.
      clearTimeout(stall);
      cb.onSent();
    };
    xhr.onerror = () => {
      done();
      reject(stopped());
    };
    xhr.onload = () => {
      done();
      const body = xhr.response as UploadAnswer | null;
      if (xhr.status < 300 && body && "media" in body) return resolve(body.media);
      reject(new Error(failureMessage(xhr.status, body, file.size)));
    };
    watch();
    xhr.send(file);
  });
}

/** Words for a refused upload: the app's own message, else what the status means (nginx answers 413 in HTML). */
export function failureMessage(status: number, body: UploadAnswer | null, size: number): string {
  if (body && "error" in body) return body.error;
  if (status === 413) return proxyTooLargeMessage(size);
  if (status === 401) return "Your session ended: sign in again, then upload.";
  return "The server could not take this photo. Try again in a moment.";
}
