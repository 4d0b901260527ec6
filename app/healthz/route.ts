import { connection } from "next/server";

// Liveness: the process is up and answering. No database or Redis call, so a slow dependency never restarts it.
export async function GET() {
  await connection(); // request time, never prerendered or cached
  return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
}
