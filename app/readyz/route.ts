import { connection } from "next/server";
import { readiness } from "@/lib/ops/readiness";

// Readiness: 200 when the database (and Redis, when configured) answers; 503 otherwise or while shutting down.
export async function GET() {
  await connection(); // request time, never prerendered or cached
  const result = await readiness();
  return Response.json(result, { status: result.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
