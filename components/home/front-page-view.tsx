import { Byline } from "@/components/article/byline";
import { Figure } from "@/components/article/figure";
import { StoryListItem, storyHref } from "@/components/article/story-list";
import { SectionBlock } from "@/components/home/section-block";
import type { StoryCard } from "@/lib/content/types";

type Props = {
  stories: StoryCard[]; // the lead, then the top stories, in their places
  sections: { id: string; slug: string; name: string }[];
  latest: StoryCard[];
  timeZone: string;
};

/** The front page as readers see it; the desk's preview renders this same view with an unsaved layout. */
export function FrontPageView({ stories, sections, latest, timeZone }: Props) {
  return (
    <>
      <FrontPageTop stories={stories} />
      <FrontPageRest stories={stories} sections={sections} latest={latest} timeZone={timeZone} />
    </>
  );
}

/** The lead and the top stories (what a phone shows first), or word that nothing is published yet. */
export function FrontPageTop({ stories }: Pick<Props, "stories">) {
  const [lead, ...others] = stories;
  if (!lead) return <p className="py-16 text-center font-serif text-xl">No stories have been published yet.</p>;
  return <TopStories lead={lead} others={others} />;
}

/** The sections' blocks and the latest stories, each story shown once (not again after the top). */
export function FrontPageRest({ stories, sections, latest, timeZone }: Props) {
  if (!stories.length) return null;
  const onTop = new Set(stories.map((s) => s.id));
  return (
    <>
      <div className="grid gap-x-8 gap-y-4 border-b border-rule py-6 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((s) => (
          <SectionBlock key={s.slug} section={s} exclude={onTop} />
        ))}
      </div>
      <section aria-labelledby="latest-heading" className="py-6" data-testid="latest">
        <h2 id="latest-heading" className="rule-heading">
          Latest
        </h2>
        {latest.map((s) => (
          <StoryListItem key={s.id} story={s} timeZone={timeZone} />
        ))}
      </section>
    </>
  );
}

/** The lead with its photo and the top stories beside it: the front page's, and a section front's. */
export function TopStories({ lead, others }: { lead: StoryCard; others: StoryCard[] }) {
  return (
    <div className="grid gap-8 border-b border-rule py-6 lg:grid-cols-[2fr_1fr]">
      <article data-testid="lead-story">
        {lead.hero && <Figure photo={lead.hero} priority sizes="(min-width: 1024px) 720px, calc(100vw - 2rem)" />}
        <p className="kicker">{lead.section.name}</p>
        <h2 className="mt-2 font-serif text-3xl leading-tight font-bold text-balance sm:text-5xl">
          <a href={storyHref(lead)} className="hover:underline">
            {lead.headline}
          </a>
        </h2>
        <p className="mt-3 font-serif text-lg text-muted sm:text-xl">{lead.dek}</p>
        <div className="mt-3">
          <Byline authors={lead.authors} />
        </div>
      </article>
      <section aria-labelledby="top-heading" className="lg:border-l lg:border-rule lg:pl-8">
        <h2 id="top-heading" className="rule-heading">
          Top stories
        </h2>
        <ul data-testid="top-stories">
          {others.map((s) => (
            <li key={s.id} className="border-b border-rule py-4 last:border-0">
              <p className="kicker">{s.section.name}</p>
              <h3 className="mt-1 font-serif text-xl leading-snug font-bold">
                <a href={storyHref(s)} className="hover:underline">
                  {s.headline}
                </a>
              </h3>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
