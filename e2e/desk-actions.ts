import fs from "node:fs";
import type { APIRequestContext } from "@playwright/test";

/**
 * Calls a server action over HTTP the way a script would (no button needed): the id comes from the build's
 * manifest, the arguments are React's reply encoding of (prevState, input). Returns the raw RSC response text.
 */
export async function callServerAction(
  request: APIRequestContext,
  page: string,
  name: string,
  input: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0];
  if (!id) throw new Error(`No server action named ${name} in the build`);
  const res = await request.post(page, {
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", ...headers },
    data: JSON.stringify(["$undefined", input]),
  });
  return { status: res.status(), text: await res.text() };
}
