import Link from "next/link";
import { Suspense } from "react";
import { readSections, readSettings } from "@/lib/reads";
import { Today } from "./today";
import { Weather } from "./weather";

export async function SiteHeader() {
  const [settings, sections] = await Promise.all([readSettings(), readSections()]);
  return (
    <header className="border-b-4 border-double border-ink">
      <div className="mx-auto max-w-6xl px-4">
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-rule py-2 font-sans text-xs text-muted sm:text-sm">
          <Suspense fallback={<span>&nbsp;</span>}>
            <Today timeZone={settings.timeZone} />
          </Suspense>
          <Suspense fallback={null}>
            <Weather settings={settings} />
          </Suspense>
        </div>
        <p className="py-4 text-center font-serif text-4xl font-black tracking-tight sm:py-6 sm:text-6xl">
          <Link href="/">{settings.siteName}</Link>
        </p>
        <nav aria-label="Sections" className="-mx-4 overflow-x-auto border-t border-rule">
          <ul className="flex gap-4 px-4 py-2 font-sans text-sm font-semibold whitespace-nowrap sm:justify-center sm:gap-5">
            {sections.map((s) => (
              <li key={s.slug}>
                <Link href={`/${s.slug}`} className="hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/ko" lang="ko" hrefLang="ko" className="hover:underline">
                한국어
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
