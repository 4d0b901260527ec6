/** The public base URL (SITE_URL) joined with a path: canonical links, feeds, sitemaps, JSON-LD. */
export function siteUrl(path = "/"): string {
  const base = (process.env.SITE_URL ?? "http://localhost:3000").replace(/(?<!\/)\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
