import type { Page } from "@playwright/test";

// Helpers of the front page specs (one server, and three behind nginx).

/** A text as React writes it into HTML: headlines are looked for in a page's HTML as it comes. */
export const html = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");

/** The headlines among `candidates` in the lead and top stories of a front page's HTML, in the page's order. */
export function frontHeadlines(body: string, candidates: { headline: string }[]): string[] {
  const top = body.slice(body.indexOf('data-testid="lead-story"'), body.indexOf('data-testid="section-block"'));
  return candidates
    .map((s) => ({ s: s.headline, at: top.indexOf(`>${html(s.headline)}<`) }))
    .filter((x) => x.at >= 0)
    .sort((x, y) => x.at - y.at)
    .map((x) => x.s);
}

/** A datetime-local value in the browser's zone, `ms` from now. */
export const localIn = (page: Page, ms: number) =>
  page.evaluate((ms) => {
    const t = new Date(Date.now() + ms);
    const p = (n: number) => String(n).padStart(2, "0");
    return `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}T${p(t.getHours())}:${p(t.getMinutes())}:${p(t.getSeconds())}`;
  }, ms);

/** Finds a story in the Front page desk's picker and makes it the lead or adds it to the top stories. */
export async function pick(page: Page, headline: string, button: "Make lead" | "Add to top") {
  await page.getByLabel("Find a story").fill(headline);
  await page
    .getByTestId("story-picker")
    .getByRole("button", { name: `${button === "Add to top" ? "Add to top stories" : button}: ${headline}` })
    .click();
}
