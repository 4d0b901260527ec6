import type { Metadata } from "next";
import { Suspense } from "react";
import { ListingHeader } from "@/components/listing/listing-header";
import { PagedStories } from "@/components/listing/paged-stories";
import { pageNumber } from "@/lib/route-input";
import { readSettings, readTag, readTagStories } from "@/lib/reads";
import { findOr404, placeholderParams } from "@/lib/static-params";

// `n`: set on page 2 on (./page/[n]/page.tsx); page 1 reads no request data, so it is cached whole.
type Props = { params: Promise<{ tag: string; n?: string }> };

// An unknown tag is a real 404 (lib/static-params.ts).
export function generateStaticParams() {
  return placeholderParams("tag");
}

async function load(params: Props["params"]) {
  return findOr404((await params).tag, readTag);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [tag, settings] = await Promise.all([load(params), readSettings()]);
  const description = `Stories about ${tag.name} from ${settings.siteName}.`;
  return {
    title: `${tag.name} | ${settings.siteName}`,
    description,
    alternates: { canonical: `/tags/${tag.slug}` },
    openGraph: { type: "website", url: `/tags/${tag.slug}`, siteName: settings.siteName, title: tag.name, description },
  };
}

async function Stories({ tag, page }: { tag: { id: string; slug: string }; page: number }) {
  const [result, settings] = await Promise.all([readTagStories(tag, page), readSettings()]);
  return <PagedStories result={result} timeZone={settings.timeZone} basePath={`/tags/${tag.slug}`} />;
}

export default async function TagPage({ params }: Props) {
  const tag = await load(params);
  const page = pageNumber((await params).n);
  return (
    <>
      <ListingHeader kicker="Topic" title={tag.name} />
      <Suspense fallback={<p className="py-8 font-sans text-muted">Loading stories…</p>}>
        <Stories tag={tag} page={page} />
      </Suspense>
    </>
  );
}
