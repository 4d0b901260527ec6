import { guessLanguage, stringsFor } from "@/lib/content/language";
import { readBanner } from "@/lib/reads";
import { HideAt } from "./hide-at";

/** The breaking-news line above the masthead on every reader page, while an editor has one up. */
export async function BreakingBanner() {
  const banner = await readBanner();
  if (!banner) return null;
  // The label in the language the editor wrote the line in, whatever the page's.
  const language = guessLanguage(banner.text);
  const t = stringsFor(language).site;
  return (
    <HideAt at={banner.endsAt.toISOString()}>
      <div
        role="region"
        aria-label={t.breakingNews}
        lang={language}
        data-testid="breaking-banner"
        className="bg-accent px-4 py-2 text-paper"
      >
        <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 font-sans text-sm sm:text-base">
          <strong className="tracking-wide uppercase">{t.breaking}</strong>
          <a href={banner.href} className="font-semibold underline underline-offset-2">
            {banner.text}
          </a>
        </p>
      </div>
    </HideAt>
  );
}
