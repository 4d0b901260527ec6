import { readSettings } from "@/lib/reads";

export async function SiteFooter() {
  const settings = await readSettings();
  return (
    <footer className="mt-16 border-t border-rule py-8 text-center font-sans text-sm text-muted">
      <p>
        {settings.siteName}
        {settings.tagline ? ` — ${settings.tagline}` : ""}
      </p>
      <p className="no-print mt-2 space-x-3">
        <a href="/feed.xml" className="underline">
          RSS feed
        </a>
        <a href="/sitemap.xml" className="underline">
          Sitemap
        </a>
      </p>
      <p className="mt-1">Published with Masthead</p>
    </footer>
  );
}
