import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { openDatabase } from "@/db/client";
import { makeStaff } from "@/test/staff";
import { emptyWorkingCopy } from "@/lib/story/model";
import { storyEvents, type StoryEvent } from "@/lib/story/events";
import { sections, webhookAttempts, webhookDeliveries, webhookEndpoints } from "@/db/schema";
import { createStory } from "@/db/mutations/stories";
import { applyTransition } from "@/db/mutations/story-workflow";
import { createEndpoint, PAUSE_AFTER_MS, recordAttempt, claimDueDeliveries } from "@/db/mutations/webhooks";
import { deliverDueWebhooks } from "./deliver";
import { listWebhookDeliveries, listWebhookEndpoints } from "@/db/queries/webhooks";
import { newWebhookSecret } from "./sign";
import { startWebhookReceiver } from "@/test/webhook-receiver";
import { webhookAddressProblem } from "./address";

const testDb = withTestDatabase();
const secret = newWebhookSecret();
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let url = "";
let editor = "";
let section = "";

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
  receiver = await startWebhookReceiver();
  receiver.secret = secret;
  url = receiver.url;
  const { db } = testDb();
  editor = (await makeStaff("editor")).id;
  section = (await db.insert(sections).values({ slug: "local", name: "Local" }).returning())[0]!.id;
});
afterAll(async () => {
  delete process.env.WEBHOOKS_ALLOW_PRIVATE;
  await receiver.close();
});
beforeEach(async () => {
  receiver.received.length = 0;
  receiver.answers.length = 0;
  await testDb().db.delete(webhookEndpoints);
});

async function publishedStory(slug: string) {
  const { db } = testDb();
  const id = await createStory(db, emptyWorkingCopy({ headline: `Story ${slug}`, slug, sectionId: section }), editor);
  const out = await applyTransition(db, id, 1, "publish", editor, { skipChecklist: true });
  if (!out.ok) throw new Error(JSON.stringify(out));
  return { id, version: out.version };
}
const endpoint = (events: StoryEvent[] = [...storyEvents]) =>
  createEndpoint(testDb().db, { url, description: "Partner", events, secret }, editor);
/** Makes every waiting delivery due now: the retry waits pass without the test sleeping through them. */
const timePasses = () =>
  testDb().db.execute(sql`update webhook_deliveries set next_attempt_at = now() - interval '1 second'`);

describe("webhooks", () => {
  it("queue in the move's transaction, one per listening endpoint, and arrive signed", async () => {
    await endpoint();
    await endpoint(["story.unpublished"]);
    const s = await publishedStory("budget-passes");
    const { db } = testDb();
    const queued = await db.select().from(webhookDeliveries);
    expect(queued.map((d) => d.event)).toEqual(["story.published"]);
    expect(queued[0]!.payload).toMatchObject({ type: "story.published", data: { id: s.id, slug: "budget-passes" } });
    expect((await listWebhookEndpoints()).map((e) => e.pending).sort()).toEqual([0, 1]);
    expect(await deliverDueWebhooks(db)).toEqual({ delivered: 1 });
    expect(receiver.received.map(({ id, event, verified, status }) => ({ id, event, verified, status }))).toEqual([
      { id: queued[0]!.id, event: "story.published", verified: true, status: 200 },
    ]);
    await applyTransition(db, s.id, s.version, "unpublish", editor);
    await deliverDueWebhooks(db);
    expect(receiver.received.map((r) => [r.event, r.verified])).toEqual([
      ["story.published", true],
      ["story.unpublished", true],
      ["story.unpublished", true],
    ]);
  });

  it("a move that fails queues nothing", async () => {
    await endpoint();
    const { db } = testDb();
    const s = await publishedStory("stale-tab");
    await db.delete(webhookDeliveries);
    // A stale version: the move is refused, and no event is left behind.
    expect((await applyTransition(db, s.id, s.version - 1, "unpublish", editor)).ok).toBe(false);
    expect(await db.select().from(webhookDeliveries)).toEqual([]);
  });

  it("retries a receiver that fails twice, and the log shows 500, 500, 200", async () => {
    await endpoint(["story.published"]);
    receiver.answers.push(500, 500, 200);
    await publishedStory("retried");
    const { db } = testDb();
    expect(await deliverDueWebhooks(db)).toEqual({ retry: 1 });
    expect(await deliverDueWebhooks(db)).toEqual({}); // its retry is not due yet
    await timePasses();
    expect(await deliverDueWebhooks(db)).toEqual({ retry: 1 });
    await timePasses();
    expect(await deliverDueWebhooks(db)).toEqual({ delivered: 1 });
    expect(receiver.received.map((r) => r.status)).toEqual([500, 500, 200]);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    const log = await db.select().from(webhookAttempts).orderBy(webhookAttempts.at);
    expect(log.map((a) => a.status)).toEqual([500, 500, 200]);
    const [shown] = await listWebhookDeliveries((await db.select().from(webhookEndpoints))[0]!.id);
    expect(shown!.tries.map((t) => t.status)).toEqual([500, 500, 200]);
    const [d] = await db.select().from(webhookDeliveries);
    expect(d).toMatchObject({ status: "delivered", attempts: 3 });
  });

  it("a delivery queued before a restart is sent by the next process", async () => {
    await endpoint(["story.published"]);
    await publishedStory("before-restart");
    // Nothing in memory carries over: a new run reads the outbox.
    const { db } = testDb();
    expect((await db.select().from(webhookDeliveries))[0]!.status).toBe("pending");
    expect(await deliverDueWebhooks(db)).toEqual({ delivered: 1 });
    expect(receiver.received).toHaveLength(1);
  });

  it("pauses an endpoint that failed for a day, and sends nothing to it while paused", async () => {
    const id = await endpoint(["story.published"]);
    receiver.answers.push(...Array<number>(20).fill(503));
    await publishedStory("failing");
    const { db } = testDb();
    const start = new Date();
    await deliverDueWebhooks(db, { now: () => start });
    await timePasses();
    expect(await deliverDueWebhooks(db, { now: () => new Date(start.getTime() + PAUSE_AFTER_MS) })).toEqual({
      paused: 1,
    });
    const [e] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    expect(e!.pausedAt).not.toBeNull();
    await timePasses();
    expect(await deliverDueWebhooks(db)).toEqual({});
    expect(receiver.received).toHaveLength(2);
  });

  it("refuses addresses on private networks unless allowed", async () => {
    delete process.env.WEBHOOKS_ALLOW_PRIVATE;
    try {
      expect(await webhookAddressProblem("http://169.254.169.254/latest/meta-data")).toMatch(/private or local/);
      expect(await webhookAddressProblem("http://127.0.0.1:5432/")).toMatch(/private or local/);
      expect(await webhookAddressProblem("http://[::1]/")).toMatch(/private or local/);
      expect(await webhookAddressProblem("ftp://example.com/")).toMatch(/https:\/\//);
      expect(await webhookAddressProblem("https://user:pw@93.184.215.14/")).toMatch(/no user name/);
      expect(await webhookAddressProblem("https://93.184.215.14/hook")).toBeNull();
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    }
  });
});

describe.runIf(process.env.TEST_DRIVER === "postgres")("webhooks with three instances", () => {
  it("deliver each event once", async () => {
    await endpoint(["story.published"]);
    for (let i = 0; i < 12; i++) await publishedStory(`many-${i}`);
    // Three processes' connections claiming at the same moment.
    const same = new URL(process.env.TEST_DATABASE_URL!);
    same.pathname = `/${testDb().name}`;
    const others = await Promise.all([1, 2].map(() => openDatabase({ url: same.toString() })));
    try {
      const claims = await Promise.all(
        [testDb().db, ...others.map((o) => o.db)].map((db) => claimDueDeliveries(db, 12)),
      );
      const ids = claims.flat().map((c) => c.id);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      for (const [i, batch] of claims.entries())
        for (const d of batch)
          await recordAttempt([testDb().db, ...others.map((o) => o.db)][i]!, d, { status: 200, error: null, ms: 1 });
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });
});
