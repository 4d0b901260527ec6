import { expect, test } from "@playwright/test";
import { Client } from "pg";
import { callServerAction } from "../e2e/desk-actions";
import { signInAs } from "../e2e/desk-helpers";
import { newestFirst, path, published } from "../e2e/helpers";
import { cluster, instanceUrl } from "./cluster";

// Every instance runs the scheduler (SCHEDULER_INTERVAL_SECONDS=1 here), so three processes race to publish a due
// story. The claim is one conditional UPDATE: the story goes out once, with one audit event and one revision.
// A published seed story with a hero photo (so its checklist passes) is unpublished, then scheduled a few seconds ahead.
const target = newestFirst(published)
  .filter((s) => s.hero)
  .at(-1)!;

test("a scheduled story is published exactly once by three instances", async ({ page }) => {
  test.setTimeout(120_000);
  const { url, instances, databaseUrl } = cluster();
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const row = async () =>
      (
        await db.query<{ id: string; version: number; status: string }>(
          "select id, version, status from stories where slug = $1",
          [target.slug],
        )
      ).rows[0]!;
    await page.goto(`${url}/`);
    await signInAs(page, "editor");
    const api = page.context().request;
    let story = await row();
    const deskPage = `${url}/admin/stories/${story.id}`;

    if (story.status === "published") {
      const res = await callServerAction(api, deskPage, "transitionStoryAction", {
        id: story.id,
        version: story.version,
        transition: "unpublish",
      });
      expect(res.text).toContain("Unpublished.");
      story = await row();
    }
    for (const i of instances) {
      await expect
        .poll(async () => (await api.get(`${instanceUrl(i.port)}${path(target)}`)).status(), {
          message: `${i.name} after unpublish`,
        })
        .toBe(404);
    }

    const since = (await db.query<{ now: Date }>("select now()")).rows[0]!.now;
    const scheduledAt = new Date(Date.now() + 4_000).toISOString();
    const res = await callServerAction(api, deskPage, "transitionStoryAction", {
      id: story.id,
      version: story.version,
      transition: "schedule",
      scheduledAt,
    });
    expect(res.text).toContain("Scheduled.");

    // Live on every instance once its time has come, without anyone acting.
    for (const i of instances) {
      await expect
        .poll(async () => (await api.get(`${instanceUrl(i.port)}${path(target)}`)).status(), {
          message: `${i.name} serves it once due`,
          timeout: 45_000,
          intervals: [500],
        })
        .toBe(200);
    }
    // A few more scheduler rounds on every instance, which must find nothing left to do.
    await new Promise((r) => setTimeout(r, 3_000));

    const audit = await db.query<{ actor_id: string | null; detail: { scheduled?: boolean } }>(
      "select actor_id, detail from audit_events where entity_type = 'story' and entity_id = $1 and action = 'story.publish' and at >= $2",
      [story.id, since],
    );
    expect(audit.rows, "story.publish audit events").toHaveLength(1);
    expect(audit.rows[0]!.actor_id, "published by the scheduler, not a person").toBeNull();
    expect(audit.rows[0]!.detail.scheduled).toBe(true);
    const revisions = await db.query(
      "select version from revisions where story_id = $1 and kind = 'publish' and created_at >= $2",
      [story.id, since],
    );
    expect(revisions.rows, "publish revisions").toHaveLength(1);
    expect((await row()).status).toBe("published");
  } finally {
    await db.end();
  }
});
