import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { emptyWorkingCopy } from "@/lib/story/model";
import { listSitemapStories } from "../queries/discovery";
import { getPublishedStory } from "../queries/stories";
import { auditEvents, authors, media, sections, stories, users } from "../schema";
import { createEdition, createStory, saveWorkingCopy, type WorkingCopy } from "./stories";
import { applyTransition } from "./story-workflow";

const testDb = withTestDatabase();
const doc = (text: string) => ({
  type: "doc" as const,
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});
let editor: string;
let base: WorkingCopy;

beforeAll(async () => {
  const { db } = testDb();
  const [u] = await db
    .insert(users)
    .values({ email: "ed@example.com", name: "Ed", passwordHash: "x", role: "editor" })
    .returning();
  editor = u!.id;
  const [section] = await db.insert(sections).values({ slug: "community", name: "Community" }).returning();
  const [a] = await db.insert(authors).values({ slug: "sarah-kim", name: "Sarah Kim" }).returning();
  const [photo] = await db
    .insert(media)
    .values({
      storageKey: "t/council.jpg",
      mimeType: "image/jpeg",
      width: 10,
      height: 10,
      bytes: 1,
      altText: "의회",
      caption: "예산안 표결",
      credit: "KOREA DAILY",
    })
    .returning();
  base = emptyWorkingCopy({
    sectionId: section!.id,
    authorIds: [a!.id],
    tags: ["Koreatown"],
    heroMediaId: photo!.id,
    hero: { caption: "주민의회 예산안 표결" },
  });
});

async function publish(id: string) {
  const { db } = testDb();
  const [s] = await db.select({ v: stories.version }).from(stories).where(eq(stories.id, id));
  const submitted = await applyTransition(db, id, s!.v, "submit", editor);
  if (!submitted.ok) throw new Error(JSON.stringify(submitted));
  const published = await applyTransition(db, id, submitted.version, "publish", editor);
  if (!published.ok) throw new Error(JSON.stringify(published));
}

describe("editions in two languages", () => {
  it("a story made in English and switched to Korean in the editor translates into English", async () => {
    const { db } = testDb();
    const id = await createStory(db, { ...base, headline: "첫 기사", slug: "cheot-gisa" }, editor);
    const saved = await saveWorkingCopy(db, id, 1, { ...base, headline: "첫 기사", language: "ko" }, editor, {
      autosave: false,
    });
    expect(saved.ok).toBe(true);
    const made = await createEdition(db, id, "en", editor);
    expect(made.ok).toBe(true);
    expect((made as { id: string }).id).not.toBe(id);
  });

  it("Translate starts a linked draft in the other language; each published edition links to the other", async () => {
    const { db } = testDb();
    const ko = await createStory(
      db,
      {
        ...base,
        language: "ko",
        headline: "LA 한인타운 주민의회, 새 예산안 통과",
        slug: "la-hanintaun-juminuihoe-sae-yesanan-tonggwa",
        dek: "주민의회가 예산안을 통과시켰다",
        body: doc("한인타운 주민의회는 새 예산안을 통과시켰다."),
      },
      editor,
    );
    const made = await createEdition(db, ko, "en", editor);
    expect(made.ok).toBe(true);
    const en = (made as { id: string }).id;
    const [draft] = await db.select().from(stories).where(eq(stories.id, en));
    // The words to translate, the section, authors and tags come along; the language is the new one.
    expect(draft!.working).toMatchObject({
      language: "en",
      headline: "LA 한인타운 주민의회, 새 예산안 통과",
      sectionId: base.sectionId,
      authorIds: base.authorIds,
      tags: ["Koreatown"],
      // The photos and their placements' words, to translate.
      heroMediaId: base.heroMediaId,
      hero: { caption: "주민의회 예산안 표결" },
      slug: "",
      featured: false,
    });
    expect(draft!.status).toBe("draft");
    expect(draft!.editionGroup).toBe(ko);
    // A second Translate into the same language opens the one there is; into the story's own language, nothing.
    expect(await createEdition(db, ko, "en", editor)).toEqual({ ok: false, reason: "exists", id: en });
    expect(await createEdition(db, en, "ko", editor)).toEqual({ ok: false, reason: "exists", id: ko });
    expect(await createEdition(db, ko, "ko", editor)).toEqual({ ok: false, reason: "same" });
    const audit = await db.select().from(auditEvents).where(eq(auditEvents.entityId, en));
    expect(audit.map((a) => a.action)).toContain("story.translate");

    // Translated and published: both pages link to each other; the sitemap lists both as alternates.
    const [row] = await db.select({ v: stories.version }).from(stories).where(eq(stories.id, en));
    const saved = await saveWorkingCopy(
      db,
      en,
      row!.v,
      {
        ...draft!.working,
        headline: "LA Koreatown council passes a new budget",
        slug: "la-koreatown-council-budget",
        dek: "The council passed the budget",
        body: doc("The Koreatown neighborhood council passed a new budget."),
      },
      editor,
      { autosave: false },
    );
    expect(saved.ok).toBe(true);
    await publish(ko);
    expect((await getPublishedStory("la-hanintaun-juminuihoe-sae-yesanan-tonggwa"))!.editions).toEqual([]);
    await publish(en);
    const koPage = await getPublishedStory("la-hanintaun-juminuihoe-sae-yesanan-tonggwa");
    const enPage = await getPublishedStory("la-koreatown-council-budget");
    expect(koPage!.language).toBe("ko");
    expect(enPage!.language).toBe("en");
    expect(koPage!.editions).toEqual([{ language: "en", path: "/community/la-koreatown-council-budget" }]);
    expect(enPage!.editions).toEqual([
      { language: "ko", path: "/community/la-hanintaun-juminuihoe-sae-yesanan-tonggwa" },
    ]);
    const sitemap = await listSitemapStories(1);
    expect(sitemap.find((s) => s.slug === "la-koreatown-council-budget")).toMatchObject({
      language: "en",
      editions: [{ language: "ko", path: "/community/la-hanintaun-juminuihoe-sae-yesanan-tonggwa" }],
    });

    // Unpublishing one edition leaves the other standing, without a link to a page that is gone.
    const [k] = await db.select({ v: stories.version }).from(stories).where(eq(stories.id, ko));
    const down = await applyTransition(db, ko, k!.v, "unpublish", editor);
    expect(down.ok).toBe(true);
    expect((await getPublishedStory("la-koreatown-council-budget"))!.editions).toEqual([]);
    expect(await getPublishedStory("la-hanintaun-juminuihoe-sae-yesanan-tonggwa")).toBeNull();
  });
});
