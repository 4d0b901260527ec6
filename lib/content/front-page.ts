/**
 * The front page's layout as an editor saves it, and how it becomes the stories readers see. Pure: the desk
 * preview, the reader page and the tests all resolve a layout with this one function.
 */
export const FRONT_PLACES = 6; // the lead and five top stories

/** A story held at a place (0 is the lead) until a time; afterwards it falls back into time order. */
export type FrontPin = { storyId: string; place: number; until: string };

export type FrontLayout = {
  lead: string | null;
  /** Chosen top stories, in order; places they leave empty fill with the newest stories. */
  top: string[];
  pins: FrontPin[];
  /** Section slugs in the order their blocks show; sections not named follow in their usual order. */
  sections: string[];
};

export const emptyFrontLayout: FrontLayout = { lead: null, top: [], pins: [], sections: [] };

/**
 * Places stories: live pins first, then the lead and the chosen top stories into the places left, then the
 * newest stories (`fill`, in the order they should fill) into the rest. Stories missing from `known` (unpublished
 * since) are skipped, nobody appears twice, and `nextChange` is when a pin runs out and the answer changes.
 */
export function resolveFront<T extends { id: string }>(
  layout: FrontLayout,
  known: T[],
  fill: T[],
  now: Date,
): { stories: T[]; nextChange: Date | null } {
  const byId = new Map([...fill, ...known].map((s) => [s.id, s]));
  const places: (T | null)[] = Array.from({ length: FRONT_PLACES }, () => null);
  const used = new Set<string>();
  const put = (story: T | undefined, at: number) => {
    if (!story || used.has(story.id) || places[at] !== null) return;
    places[at] = story;
    used.add(story.id);
  };
  const live = layout.pins.filter((p) => Date.parse(p.until) > now.getTime());
  for (const pin of live) if (pin.place >= 0 && pin.place < FRONT_PLACES) put(byId.get(pin.storyId), pin.place);
  const chosen = [layout.lead, ...layout.top].filter((id): id is string => id !== null);
  for (const candidates of [chosen.map((id) => byId.get(id)), fill]) {
    for (const story of candidates) {
      const free = places.indexOf(null);
      if (free === -1) break;
      if (story) put(story, free);
    }
  }
  const ends = live.map((p) => Date.parse(p.until));
  return {
    stories: places.filter((s): s is T => s !== null),
    nextChange: ends.length ? new Date(Math.min(...ends)) : null,
  };
}

/** Sections in the layout's order, then the rest in their own order; names that no longer exist are dropped. */
export function orderSections<T extends { slug: string }>(sections: T[], order: string[]): T[] {
  const rank = new Map(order.map((slug, i) => [slug, i]));
  return [...sections].sort((a, b) => (rank.get(a.slug) ?? order.length) - (rank.get(b.slug) ?? order.length));
}

/** Every story id a layout names: the ones to read before resolving it. */
export function layoutStoryIds(layout: FrontLayout): string[] {
  return [
    ...new Set(
      [layout.lead, ...layout.top, ...layout.pins.map((p) => p.storyId)].filter((id): id is string => id !== null),
    ),
  ];
}
