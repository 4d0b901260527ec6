import type { Locator } from "@playwright/test";
import { seedAuthors, seedPhotos, seedStories } from "../db/seed/content";

export const published = seedStories.filter((s) => s.status === "published");
export const hidden = seedStories.filter((s) => s.status !== "published");
export const newestFirst = <T extends { hoursAgo: number }>(list: T[]) =>
  [...list].sort((a, b) => a.hoursAgo - b.hoursAgo);
export const story = (slug: string) => seedStories.find((s) => s.slug === slug)!;
export const author = (slug: string) => seedAuthors.find((a) => a.slug === slug)!;
export const photo = (key: string) => seedPhotos.find((p) => p.key === key)!;
export const path = (s: { section: string; slug: string }) => `/${s.section}/${s.slug}`;
export const weatherUrl = `http://127.0.0.1:${process.env.E2E_WEATHER_PORT ?? 3199}`;

/** Clicks once the button is there and returns the moment of the click: "within a second" counts from it. */
export async function clickAt(target: Locator): Promise<number> {
  await target.waitFor();
  const clickedAt = Date.now();
  await target.click();
  return clickedAt;
}
