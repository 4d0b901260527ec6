import { Suspense } from "react";
import { readSections, readSettings } from "@/lib/reads";
import { Today } from "./today";
import { isLanguage, mainLanguage, readerStrings, stringsFor } from "@/lib/content/language";
import { Weather } from "./weather";

/** Its height is mirrored by the placeholder shown while it streams in (components/layout/reader-chrome.tsx). */
export async function SiteHeader() {
  const [settings, sections] = await Promise.all([readSettings(), readSections()]);
  const language = mainLanguage(settings);
  const t = stringsFor(language).site;
  // The fronts of the newsroom's other languages (/ko, /en), each named in its own language.
  const editions = settings.languages.filter((l) => isLanguage(l) && l !== language);
  return (
    <header className="border-b-4 border-double border-ink" lang={language}>
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-rule py-2 font-sans text-xs text-muted sm:text-sm">
          <Suspense fallback={<span>&nbsp;</span>}>
            <Today timeZone={settings.timeZone} language={language} />
          </Suspense>
          <Suspense fallback={null}>
            <Weather settings={settings} />
          </Suspense>
        </div>
        <p className="py-4 text-center font-serif text-4xl font-black tracking-tight sm:py-6 sm:text-6xl">
          <a href="/">{settings.siteName}</a>
        </p>
        <nav aria-label={t.sections} className="-mx-4 overflow-x-auto border-t border-rule">
          <ul className="flex gap-4 px-4 py-2 font-sans text-sm font-semibold whitespace-nowrap sm:justify-center sm:gap-5">
            {sections.map((s) => (
              <li key={s.slug}>
                <a href={`/${s.slug}`} className="hover:underline">
                  {s.name}
                </a>
              </li>
            ))}
            {editions.map((l) => (
              <li key={l}>
                <a href={`/${l}`} lang={l} hrefLang={l} className="hover:underline">
                  {readerStrings[l].name}
                </a>
              </li>
            ))}
            <li>
              <a href="/search" className="hover:underline">
                {t.search}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
