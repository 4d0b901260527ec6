// Writes the hostile payloads (e2e/hostile/payloads.ts) into every staff text field of a fresh database, through
// db/mutations where they exist and plain inserts elsewhere; run by e2e/own-server.ts before its server starts.
import { eq } from "drizzle-orm";
import { createStory } from "../../db/mutations/stories";
import { applyTransition } from "../../db/mutations/story-workflow";
import { authors, media, sections, siteSettings, stories, storyTags, tags } from "../../db/schema";
import { makeScenePhoto } from "../../db/seed/images";
import { storeImage } from "../../lib/media/storage";
import { openMigrated, run } from "../../scripts/_db";
import { hostilePlan } from "./payloads";
import { emptyWorkingCopy } from "../../lib/story/model";

run(async () => {
  const handle = await openMigrated();
  const { db } = handle;
  const plan = hostilePlan();
  await db.update(siteSettings).set(plan.settings).where(eq(siteSettings.id, 1));
  const sectionIds = new Map<string, string>();
  for (const [position, s] of plan.sections.entries()) {
    const [row] = await db
      .insert(sections)
      .values({ ...s, position: 50 + position })
      .returning({ id: sections.id });
    sectionIds.set(s.slug, row!.id);
  }
  const tagIds = [];
  for (const t of plan.tags) tagIds.push((await db.insert(tags).values(t).returning({ id: tags.id }))[0]!.id);
  const authorIds = [];
  for (const a of plan.authors)
    authorIds.push(
      (
        await db
          .insert(authors)
          .values({ ...a, kind: "person" })
          .returning({ id: authors.id })
      )[0]!.id,
    );
  const image = await makeScenePhoto("hostile", 200);
  for (const [i, s] of plan.stories.entries()) {
    const stored = await storeImage(image, `hostile-${i}`);
    const [photo] = await db
      .insert(media)
      .values({ ...stored, caption: s.caption, credit: s.credit, altText: s.alt })
      .returning({ id: media.id });
    const id = await createStory(
      db,
      emptyWorkingCopy({
        slug: s.slug,
        headline: s.headline,
        dek: s.dek,
        sectionId: sectionIds.get(s.section)!,
        heroMediaId: photo!.id,
        authorIds: [authorIds[i % authorIds.length]!],
        featured: i === 0,
        body: {
          type: "doc",
          content: [
            {
              type: "paragraph",
              content: [
                { type: "text", text: s.body },
                { type: "text", text: " " },
                { type: "text", text: s.bold, marks: [{ type: "bold" }] },
                { type: "text", text: " " },
                { type: "text", text: s.link, marks: [{ type: "link", attrs: { href: s.href } }] },
              ],
            },
            { type: "photo", attrs: { mediaId: photo!.id } },
          ],
        },
      }),
      null,
    );
    // Published through the desk's own path, checklist included.
    const out = await applyTransition(db, id, 1, "publish", null);
    if (!out.ok) throw new Error(`Hostile story ${i} not published: ${JSON.stringify(out)}`);
    await db
      .update(stories)
      .set({ publishedAt: new Date(Date.now() - (i + 1) * 60_000) })
      .where(eq(stories.id, id));
    // The tag row as planned (its slug made by hand), so tag pages show the hostile name.
    await db
      .insert(storyTags)
      .values({ storyId: id, tagId: tagIds[i % tagIds.length]! })
      .onConflictDoNothing();
  }
  console.log(
    `Hostile text: ${plan.stories.length} stories, ${plan.authors.length} authors, ${plan.tags.length} tags.`,
  );
  await handle.close();
});
