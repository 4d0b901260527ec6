import { connection } from "next/server";
import { cachedJson } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";

/** The API's description, open to anyone (no key): what a client generator or a partner's engineer reads first. */
export async function GET(req: Request) {
  await connection();
  return cachedJson(req, openApiDocument());
}
