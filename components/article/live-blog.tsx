"use client";
import { useEffect, useRef, useState } from "react";
import type { LiveCoverage } from "@/lib/content/types";
import { keyUpdates, LIVE_POLL_MS } from "@/lib/content/live";
import { formatDateTime } from "@/lib/format";
import { stringsFor, type Language } from "@/lib/content/language";
import { LiveUpdateItem } from "./live-update-item";

type Props = { initial: LiveCoverage; feedUrl: string; timeZone: string; language?: Language };

/**
 * A live story's updates, newest first, under the "Key updates" summary. The server renders it whole (a reload
 * shows new updates without JavaScript); in the browser it polls the story's updates feed, the same cacheable
 * answer for every reader (no cursor, no cookie), and announces how many updates arrived.
 */
export function LiveBlog({ initial, feedUrl, timeZone, language = "en" }: Props) {
  const t = stringsFor(language).live;
  const [live, setLive] = useState(initial);
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef(new Set(initial.updates.map((u) => u.id)));

  useEffect(() => {
    if (live.endedAt) return;
    let stopped = false;
    const poll = async () => {
      if (document.hidden) return;
      try {
        // "no-cache": Chromium applies the feed's stale-while-revalidate to fetches and would hand back the copy
        // from the previous poll, a whole interval late. The shared cache (nginx, a CDN) still answers for us.
        const res = await fetch(feedUrl, {
          cache: "no-cache",
          credentials: "omit",
          headers: { Accept: "application/json" },
        });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as LiveCoverage;
        const fresh = next.updates.filter((u) => !seen.current.has(u.id)).length;
        for (const u of next.updates) seen.current.add(u.id);
        if (stopped) return;
        setLive(next);
        if (fresh > 0) setAnnouncement(t.arrived(fresh));
      } catch {
        // Offline or the server is busy: the next tick tries again.
      }
    };
    const timer = setInterval(poll, LIVE_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [feedUrl, live.endedAt, t]);

  const keys = keyUpdates(live);
  return (
    <section id="live-updates" aria-labelledby="live-heading" className="mt-10 border-t-4 border-accent pt-4">
      <h2 id="live-heading" className="flex items-center gap-2 font-sans text-sm font-bold tracking-widest uppercase">
        {live.endedAt ? (
          t.coverage
        ) : (
          <>
            <span aria-hidden className="inline-block size-2.5 animate-pulse rounded-full bg-accent" />
            {t.updates}
          </>
        )}
      </h2>
      {live.endedAt && (
        <p
          className="mt-2 rounded border border-rule bg-rule/20 px-3 py-2 font-sans text-sm"
          data-testid="coverage-ended"
        >
          {t.ended} <time dateTime={live.endedAt}>{formatDateTime(new Date(live.endedAt), timeZone, language)}</time>
        </p>
      )}
      <p aria-live="polite" aria-atomic="true" className="sr-only" data-testid="live-announcement">
        {announcement}
      </p>
      {keys.length > 0 && (
        <nav aria-labelledby="key-updates-heading" className="mt-4 rounded border border-rule p-4 font-sans text-sm">
          <h3 id="key-updates-heading" className="font-bold">
            {t.keyUpdates}
          </h3>
          <ul className="mt-2 space-y-2">
            {keys.map((u) => (
              <li key={u.id}>
                <a href={`#update-${u.id}`} className="hover:underline">
                  <time dateTime={u.createdAt} className="mr-2 text-muted">
                    {formatDateTime(new Date(u.createdAt), timeZone, language)}
                  </time>
                  {u.body.split("\n")[0]!.slice(0, 160)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {live.updates.length === 0 ? (
        <p className="mt-4 font-sans text-sm text-muted">{t.none}</p>
      ) : (
        <ol className="mt-6 space-y-6" aria-label={t.list}>
          {live.updates.map((u) => (
            <li key={u.id}>
              <LiveUpdateItem update={u} timeZone={timeZone} language={language} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
