import { mainLanguage, stringsFor } from "@/lib/content/language";
import { readSettings } from "@/lib/reads";

export async function SiteFooter() {
  const settings = await readSettings();
  const language = mainLanguage(settings);
  const t = stringsFor(language).site;
  return (
    <footer className="mt-16 border-t border-rule py-8 text-center font-sans text-sm text-muted" lang={language}>
      <p>
        {settings.siteName}
        {settings.tagline ? ` — ${settings.tagline}` : ""}
      </p>
      <p className="no-print mt-2 space-x-3">
        <a href="/feed.xml" className="underline">
          {t.feed}
        </a>
        <a href="/sitemap.xml" className="underline">
          {t.sitemap}
        </a>
      </p>
      <p className="mt-1">{t.publishedWith}</p>
    </footer>
  );
}
