"use client";
import { useEffect, useRef, useState, useTransition } from "react";
import { buttonClass, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { FRONT_PLACES, type FrontLayout } from "@/lib/content/front-page";
import type { FormState } from "@/lib/form-state";
import { saveFrontPageAction } from "./actions";
import { localInput, toIso } from "./local-time";
import { ReorderList } from "./reorder-list";

export type PickStory = { id: string; headline: string; section: string; publishedAt: string };

const smallButton = "rounded border border-ink px-2 py-1 font-sans text-xs font-semibold hover:bg-rule/40";
const inputClass = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 font-sans text-base text-ink";

/**
 * The editor's front page: lead, ordered top stories, pins and section order, kept here until "Save front page".
 * "Preview" renders this unsaved layout with the reader page's own components.
 */
export function FrontPageEditor({
  version,
  initial,
  placed,
  stories,
  sections,
  front,
}: {
  /** The saved layout's id: a new one (this save, a restore) makes its layout the starting point again. */
  version: string;
  initial: FrontLayout;
  placed: string[];
  stories: PickStory[];
  sections: { slug: string; name: string }[];
  /** The section whose front this is; none for the front page. */
  front: { id: string; name: string } | null;
}) {
  const [layout, setLayout] = useState(initial);
  const [query, setQuery] = useState("");
  const [pin, setPin] = useState({ storyId: "", place: "2", until: "" });
  const [state, setState] = useState<FormState | null>(null);
  const [saving, startSaving] = useTransition();
  // Adjusted while rendering rather than by remounting on a new key, so the save's message stays on screen.
  const [startedFrom, setStartedFrom] = useState(version);
  if (version !== startedFrom) {
    setStartedFrom(version);
    setLayout(initial);
  }
  const byId = new Map(stories.map((s) => [s.id, s]));
  const name = (id: string) => byId.get(id)?.headline ?? "A story no longer published";
  const sectionName = new Map(sections.map((s) => [s.slug, s.name]));
  const dirty = JSON.stringify(layout) !== JSON.stringify(initial);
  const q = query.trim().toLowerCase();
  const matches = stories
    .filter((s) => !q || s.headline.toLowerCase().includes(q) || s.section.toLowerCase().includes(q))
    .slice(0, 8);
  const update = (change: Partial<FrontLayout>) => setLayout((l) => ({ ...l, ...change }));

  const makeLead = (id: string) => setLayout((l) => ({ ...l, lead: id, top: l.top.filter((t) => t !== id) }));
  const addTop = (id: string) =>
    setLayout((l) =>
      l.top.includes(id) || l.lead === id || l.top.length >= FRONT_PLACES - 1 ? l : { ...l, top: [...l.top, id] },
    );
  const addPin = () => {
    const until = toIso(pin.until);
    if (!pin.storyId || !until) return setState({ ok: false, message: "Choose a story and the time the pin ends." });
    setState(null);
    update({
      pins: [
        ...layout.pins.filter((p) => p.storyId !== pin.storyId && p.place !== Number(pin.place) - 1),
        { storyId: pin.storyId, place: Number(pin.place) - 1, until },
      ],
    });
  };
  // The pin's end defaults to an hour from now in the browser's zone, set after hydration.
  const pinUntilSet = useRef(false);
  useEffect(() => {
    if (pinUntilSet.current) return;
    pinUntilSet.current = true;
    setPin((p) => ({ ...p, until: localInput(new Date(Date.now() + 3_600_000)) }));
  }, []);

  const save = () =>
    startSaving(async () => {
      const result = await saveFrontPageAction(undefined, { layout: JSON.stringify(layout), section: front?.id ?? "" });
      setState(result);
    });

  return (
    <section aria-labelledby="layout-heading">
      <h2 id="layout-heading" className="mb-3 font-serif text-2xl font-bold">
        Layout
      </h2>
      <p className="mb-4 font-sans text-sm text-muted">
        Places you leave empty fill with the newest stories; a pin holds a story in its place until its end time. On the
        page now: {placed.map(name).join(" · ") || "nothing published yet"}.
      </p>
      <div className="grid gap-8 lg:grid-cols-2">
        <div>
          <h3 className="mb-2 font-sans text-sm font-bold tracking-wide uppercase">Lead story</h3>
          <div
            className="mb-6 flex flex-wrap items-center gap-2 rounded border border-rule p-3"
            data-testid="lead-choice"
          >
            <span className="flex-1 font-serif text-lg font-bold">
              {layout.lead ? name(layout.lead) : `Automatic: the newest story${front ? ` in ${front.name}` : ""}`}
            </span>
            {layout.lead && (
              <button type="button" className={smallButton} onClick={() => update({ lead: null })}>
                Clear lead
              </button>
            )}
          </div>
          <h3 id="top-list-heading" className="mb-2 font-sans text-sm font-bold tracking-wide uppercase">
            Top stories
          </h3>
          {layout.top.length === 0 && (
            <p className="mb-2 font-sans text-sm text-muted">None chosen: the newest stories fill the places.</p>
          )}
          <ReorderList
            labelledBy="top-list-heading"
            testId="top-choice"
            items={layout.top}
            label={name}
            onChange={(top) => update({ top })}
            extra={(id) => (
              <button
                type="button"
                className={smallButton}
                onClick={() => update({ top: layout.top.filter((t) => t !== id) })}
                aria-label={`Remove ${name(id)}`}
              >
                Remove
              </button>
            )}
          />
          {!front && (
            <>
              <h3 id="sections-heading" className="mt-6 mb-2 font-sans text-sm font-bold tracking-wide uppercase">
                Section blocks
              </h3>
              <ReorderList
                labelledBy="sections-heading"
                testId="section-order"
                items={layout.sections}
                label={(s) => sectionName.get(s) ?? s}
                onChange={(s) => update({ sections: s })}
              />
            </>
          )}
        </div>
        <div>
          <label htmlFor="story-find" className="block font-sans text-sm font-bold tracking-wide uppercase">
            Find a story
          </label>
          <input
            id="story-find"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            className={inputClass}
            placeholder="Headline or section"
          />
          <ul
            className="mt-2 mb-6 divide-y divide-rule border-y border-rule"
            aria-label="Published stories"
            data-testid="story-picker"
          >
            {matches.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-2 py-2">
                <span className="min-w-0 flex-1 font-sans text-sm">
                  <strong>{s.headline}</strong> <span className="text-muted">{s.section}</span>
                </span>
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => makeLead(s.id)}
                  aria-label={`Make lead: ${s.headline}`}
                >
                  Make lead
                </button>
                <button
                  type="button"
                  className={smallButton}
                  onClick={() => addTop(s.id)}
                  aria-label={`Add to top stories: ${s.headline}`}
                  disabled={layout.top.includes(s.id) || layout.lead === s.id}
                >
                  Add to top
                </button>
              </li>
            ))}
            {matches.length === 0 && <li className="py-2 font-sans text-sm text-muted">No published story matches.</li>}
          </ul>
          <fieldset className="rounded border border-rule p-3 font-sans text-sm">
            <legend className="px-1 font-bold tracking-wide uppercase">Pin a story</legend>
            <label htmlFor="pin-story" className="block font-semibold">
              Story to pin
            </label>
            <select
              id="pin-story"
              className={inputClass}
              value={pin.storyId}
              onChange={(e) => setPin({ ...pin, storyId: e.target.value })}
            >
              <option value="">Choose a story</option>
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.headline}
                </option>
              ))}
            </select>
            <div className="mt-2 grid grid-cols-2 gap-3">
              <div>
                <label htmlFor="pin-place" className="block font-semibold">
                  Place
                </label>
                <select
                  id="pin-place"
                  className={inputClass}
                  value={pin.place}
                  onChange={(e) => setPin({ ...pin, place: e.target.value })}
                >
                  {Array.from({ length: FRONT_PLACES }, (_, i) => (
                    <option key={i} value={i + 1}>
                      {i === 0 ? "1 (lead)" : i + 1}
                    </option>
                  ))}
                </select>
              </div>
              <div>
                <label htmlFor="pin-until" className="block font-semibold">
                  Pinned until
                </label>
                <input
                  id="pin-until"
                  type="datetime-local"
                  step="1"
                  className={inputClass}
                  value={pin.until}
                  onChange={(e) => setPin({ ...pin, until: e.target.value })}
                />
              </div>
            </div>
            <button type="button" className={`${secondaryButtonClass} mt-3`} onClick={addPin}>
              Pin
            </button>
            <ul className="mt-3" aria-label="Pins" data-testid="pins">
              {layout.pins.map((p) => (
                <li key={p.storyId} className="flex flex-wrap items-center gap-2 py-1">
                  <span className="flex-1">
                    {name(p.storyId)}: place {p.place + 1} until {new Date(p.until).toLocaleString()}
                  </span>
                  <button
                    type="button"
                    className={smallButton}
                    onClick={() => update({ pins: layout.pins.filter((x) => x !== p) })}
                    aria-label={`Unpin ${name(p.storyId)}`}
                  >
                    Unpin
                  </button>
                </li>
              ))}
            </ul>
          </fieldset>
        </div>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-rule pt-4">
        <button type="button" className={buttonClass} onClick={save} disabled={saving}>
          {front ? "Save section front" : "Save front page"}
        </button>
        <form action="/admin/front-page/preview" method="get" target="_blank">
          <input type="hidden" name="layout" value={JSON.stringify(layout)} />
          {front && <input type="hidden" name="section" value={front.id} />}
          <button type="submit" className={secondaryButtonClass}>
            Preview
          </button>
        </form>
        {dirty && <span className="font-sans text-sm text-muted">Unsaved changes</span>}
      </div>
      <div className="mt-3" aria-live="polite">
        {state && (
          <FormMessage
            error={state.ok ? null : (state.message ?? null)}
            notice={state.ok ? (state.message ?? null) : null}
          />
        )}
      </div>
    </section>
  );
}
