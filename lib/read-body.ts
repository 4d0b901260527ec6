import "server-only";

/**
 * Reads a request's (or a fetched response's) body up to `limit` bytes; null when it is longer. Stops reading at the limit, so an oversized
 * upload (or a chunked sign-in form) costs at most that much memory whatever its Content-Length claims.
 */
export async function readBodyUpTo(req: Pick<Request, "body">, limit: number): Promise<Buffer | null> {
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
