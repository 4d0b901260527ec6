"use client";

import { useState } from "react";
import type { ReaderStrings } from "@/lib/content/language";

/**
 * Share links (plain links with the story's URL encoded) and a copy button. A client component although only the
 * button needs to be: the page's inline payload then carries two strings instead of the links' markup again.
 */
export function ShareLinks({ url, title, words }: { url: string; title: string; words: ReaderStrings["shareLinks"] }) {
  const [copied, setCopied] = useState(false);
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  const links = [
    { label: words.email, href: `mailto:?subject=${t}&body=${u}` },
    { label: "X", href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
  ];
  const button = "rounded border border-rule px-3 py-1 hover:border-ink";
  return (
    <section
      aria-labelledby="share-heading"
      className="no-print my-8 flex flex-wrap items-center gap-3 font-sans text-sm"
      data-testid="share"
    >
      <h2 id="share-heading" className="font-semibold tracking-wider uppercase">
        {words.share}
      </h2>
      <button
        type="button"
        className={button}
        onClick={async () => {
          await navigator.clipboard?.writeText(url).catch(() => {});
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
        }}
      >
        <span aria-live="polite">{copied ? words.linkCopied : words.copyLink}</span>
      </button>
      {links.map((l) => (
        <a
          key={l.label}
          href={l.href}
          className={button}
          rel="noopener noreferrer"
          target={l.href.startsWith("mailto:") ? undefined : "_blank"}
        >
          {l.label}
          <span className="sr-only"> {words.shareThis}</span>
        </a>
      ))}
    </section>
  );
}
