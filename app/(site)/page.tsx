import Link from "next/link";
import { Suspense } from "react";
import { Figure } from "@/components/article/figure";
import { StoryListItem, storyHref } from "@/components/article/story-list";
import { Byline } from "@/components/article/byline";
import { readLatestStories, readSettings } from "@/lib/reads";

async function FrontPage() {
  const [settings, latest] = await Promise.all([readSettings(), readLatestStories(20)]);
  const [lead, ...rest] = latest;
  if (!lead) return <p className="py-16 text-center font-serif text-xl">No stories have been published yet.</p>;
  return (
    <>
      <h1 className="sr-only">{settings.siteName}: latest news</h1>
      <article className="grid gap-6 border-b border-rule py-6 lg:grid-cols-[3fr_2fr]">
        {lead.hero && <Figure photo={lead.hero} priority sizes="(min-width: 1024px) 640px, 100vw" />}
        <div>
          <p className="font-sans text-xs font-semibold uppercase tracking-wider text-accent">{lead.section.name}</p>
          <h2 className="mt-2 font-serif text-3xl font-bold leading-tight sm:text-4xl">
            <Link href={storyHref(lead)} className="hover:underline">{lead.headline}</Link>
          </h2>
          <p className="mt-3 font-serif text-lg text-muted">{lead.dek}</p>
          <div className="mt-3"><Byline authors={lead.authors} /></div>
        </div>
      </article>
      <section aria-labelledby="latest-heading" className="py-6">
        <h2 id="latest-heading" className="border-b-2 border-ink pb-1 font-sans text-sm font-bold uppercase tracking-widest">Latest</h2>
        {rest.map((s) => <StoryListItem key={s.id} story={s} timeZone={settings.timeZone} />)}
      </section>
    </>
  );
}

export default function HomePage() {
  return (
    <Suspense fallback={<p className="py-16 text-center font-sans text-muted">Loading the front page…</p>}>
      <FrontPage />
    </Suspense>
  );
}
