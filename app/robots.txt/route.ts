import { connection } from "next/server";
import { siteUrl } from "@/lib/site-url";

// Request-time so it names the SITE_URL the server runs with, not the one the build saw.
export async function GET() {
  await connection();
  const body = [
    "User-agent: *",
    "Allow: /",
    "Disallow: /admin",
    "Disallow: /api/",
    "Disallow: /search?",
    "",
    `Sitemap: ${siteUrl("/sitemap.xml")}`,
    `Sitemap: ${siteUrl("/news-sitemap.xml")}`,
    "",
  ].join("\n");
  return new Response(body, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
