import net from "node:net";
import { and, eq, sql } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { together, withTestDatabase } from "@/test/db";
import { emptyWorkingCopy } from "@/lib/story/model";
import { smtpTransport, sendDueMail, terminalTransport, type MailTransport } from "@/lib/mail/outbox";
import { authors, mailOutbox, notificationPrefs, notifications, sections, stories, users } from "../schema";
import { enqueueMail } from "./mail-outbox";
import { notify } from "./notify";
import { createStory } from "./stories";
import { takeOverLock } from "./story-desk";
import { setSectionEditor } from "./users";
import { applyTransition, publishDueStories } from "./story-workflow";

const testDb = withTestDatabase();
const people = {} as Record<"reporter" | "editor" | "admin" | "retired" | "colleague", { id: string; email: string }>;
let section = "";
let reporterAuthor = "";

beforeAll(async () => {
  process.env.DESK_URL = "https://desk.example.test";
  const { db } = testDb();
  const make = async (name: keyof typeof people, role: "journalist" | "editor" | "admin", active = true) => {
    const email = `${name}@example.test`;
    const [u] = await db
      .insert(users)
      .values({ email, name: `The ${name}`, role, passwordHash: "x", active })
      .returning({ id: users.id });
    people[name] = { id: u!.id, email };
  };
  await make("reporter", "journalist");
  await make("colleague", "journalist");
  await make("editor", "editor");
  await make("admin", "admin");
  await make("retired", "editor", false);
  section = (await db.insert(sections).values({ slug: "local", name: "Local" }).returning())[0]!.id;
  reporterAuthor = (
    await db.insert(authors).values({ slug: "rep", name: "Rep", userId: people.reporter.id }).returning()
  )[0]!.id;
});
afterAll(() => {
  delete process.env.DESK_URL;
});

async function newStory(headline: string) {
  const w = emptyWorkingCopy({ sectionId: section, headline, slug: headline.toLowerCase().replace(/\W+/g, "-") });
  return createStory(testDb().db, { ...w, authorIds: [reporterAuthor] }, people.reporter.id);
}
async function toldAbout(storyId: string) {
  const rows = await testDb()
    .db.select({ userId: notifications.userId, kind: notifications.kind, text: notifications.text })
    .from(notifications)
    .where(eq(notifications.storyId, storyId));
  const name = (id: string) => Object.entries(people).find(([, p]) => p.id === id)![0];
  return rows.map((r) => `${r.kind}:${name(r.userId)}`).sort();
}
const outbox = () =>
  testDb().db.select().from(mailOutbox).orderBy(mailOutbox.id) as Promise<(typeof mailOutbox.$inferSelect)[]>;
async function clearOutbox() {
  await testDb().db.delete(mailOutbox);
}

describe("who hears of what", () => {
  it("submitted: the editors and admins; returned: the reporter; published: the authors' accounts", async () => {
    const { db } = testDb();
    await clearOutbox();
    const id = await newStory("Bridge closes");
    expect(await applyTransition(db, id, 1, "submit", people.reporter.id)).toMatchObject({ ok: true });
    expect(await toldAbout(id)).toEqual(["submitted:admin", "submitted:editor"]);
    expect(await applyTransition(db, id, 2, "return", people.editor.id, { note: "Call the council." })).toMatchObject({
      ok: true,
    });
    expect(await toldAbout(id)).toEqual(["returned:reporter", "submitted:admin", "submitted:editor"]);
    await applyTransition(db, id, 3, "submit", people.reporter.id);
    expect(await applyTransition(db, id, 4, "publish", people.editor.id, { skipChecklist: true })).toMatchObject({
      ok: true,
    });
    const told = await toldAbout(id);
    expect(told.filter((t) => t.startsWith("published"))).toEqual(["published:reporter"]);
    // The editor who moved it is never told of their own move, nor is an inactive account.
    expect(told.some((t) => t.endsWith(":retired"))).toBe(false);
    // Mail by default only for what asks the reader to act: the return.
    const mail = await outbox();
    expect(mail.map((m) => m.to)).toEqual([people.reporter.email]);
    expect(mail[0]!.subject).toBe("The editor returned “Bridge closes” to you.");
    expect(mail[0]!.text).toContain("Call the council.");
    expect(mail[0]!.text).toContain(`https://desk.example.test/admin/stories/${id}`);
  });

  it("submitted in a section with editors of its own: they alone hear of it; a demoted one no longer does", async () => {
    const { db } = testDb();
    expect(await setSectionEditor(db, people.admin.id, [section, crypto.randomUUID()], people.admin.id)).toBe(1);
    try {
      const id = await newStory("Library hours");
      await applyTransition(db, id, 1, "submit", people.reporter.id);
      expect(await toldAbout(id)).toEqual(["submitted:admin"]);
      // Elsewhere, and once the section's editor can no longer approve, everyone who may approve hears of it.
      await db.update(users).set({ role: "journalist" }).where(eq(users.id, people.admin.id));
      const next = await newStory("Library hours again");
      await applyTransition(db, next, 1, "submit", people.reporter.id);
      expect(await toldAbout(next)).toEqual(["submitted:editor"]);
    } finally {
      await db.update(users).set({ role: "admin" }).where(eq(users.id, people.admin.id));
      await setSectionEditor(db, people.admin.id, [], people.admin.id);
    }
  });

  it("a scheduled story that cannot go out: the admins, by email", async () => {
    const { db } = testDb();
    await clearOutbox();
    const id = await newStory("Never ready");
    await applyTransition(db, id, 1, "schedule", people.editor.id, {
      scheduledAt: new Date(Date.now() + 60_000),
      skipChecklist: true,
    });
    await db
      .update(stories)
      .set({ scheduledAt: sql`now() - interval '5 minutes'` })
      .where(eq(stories.id, id));
    await publishDueStories(db);
    expect((await toldAbout(id)).filter((t) => t.startsWith("schedule"))).toEqual(["scheduleFailed:admin"]);
    expect((await outbox()).map((m) => m.to)).toEqual([people.admin.email]);
  });

  it("a take-over: the writer who held the lock; an assignment: whom the caller names", async () => {
    const { db } = testDb();
    const id = await newStory("Held");
    await db
      .update(stories)
      .set({ lockedBy: people.reporter.id, lockedAt: sql`now()` })
      .where(eq(stories.id, id));
    await takeOverLock(db, id, people.editor.id);
    await db.transaction((tx) =>
      notify(tx, { kind: "assigned", storyId: id, actorId: people.editor.id, recipients: [people.colleague.id] }),
    );
    expect(await toldAbout(id)).toEqual(["assigned:colleague", "lockTaken:reporter"]);
  });

  it("a refused move tells nobody and queues no mail", async () => {
    const { db } = testDb();
    await clearOutbox();
    const id = await newStory("Stale");
    expect(await applyTransition(db, id, 7, "submit", people.reporter.id)).toMatchObject({ reason: "conflict" });
    expect(await toldAbout(id)).toEqual([]);
  });
});

type Received = { to: string[]; subject: string; text: string };
async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}
async function startSmtp(port: number, inbox: Received[]) {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      simpleParser(stream)
        .then((m) => {
          inbox.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: m.subject ?? "",
            text: m.text ?? "",
          });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe("sending the outbox over SMTP", () => {
  it("delivers to the right people, with the subject and the desk link", async () => {
    const { db } = testDb();
    await clearOutbox();
    const port = await freePort();
    const inbox: Received[] = [];
    const smtp = await startSmtp(port, inbox);
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      const id = await newStory("Flood warning");
      await applyTransition(db, id, 1, "submit", people.reporter.id);
      await applyTransition(db, id, 2, "return", people.editor.id, { note: "Add the river level." });
      expect(await sendDueMail(db, transport)).toEqual({ sent: 1, failed: 0 });
      expect(inbox).toHaveLength(1);
      expect(inbox[0]!.to).toEqual([people.reporter.email]);
      expect(inbox[0]!.subject).toBe("The editor returned “Flood warning” to you.");
      expect(inbox[0]!.text).toContain(`https://desk.example.test/admin/stories/${id}`);
      expect((await outbox())[0]!.sentAt).not.toBeNull();
      expect(await sendDueMail(db, transport)).toEqual({ sent: 0, failed: 0 });
    } finally {
      transport.close?.();
      await smtp.close();
    }
  });

  it("submit, return and publish by mail, each to its people with its link, for those who asked for it", async () => {
    const { db } = testDb();
    await clearOutbox();
    // Submissions and publications come by mail only to those who chose it (Your account); returns by default.
    await db.insert(notificationPrefs).values([
      { userId: people.editor.id, kind: "submitted", email: true },
      { userId: people.reporter.id, kind: "published", email: true },
    ]);
    const port = await freePort();
    const inbox: Received[] = [];
    const smtp = await startSmtp(port, inbox);
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      const id = await newStory("Metro fares rise");
      const link = `https://desk.example.test/admin/stories/${id}`;
      await applyTransition(db, id, 1, "submit", people.reporter.id);
      await applyTransition(db, id, 2, "return", people.editor.id, { note: "Which lines?" });
      await applyTransition(db, id, 3, "submit", people.reporter.id);
      await applyTransition(db, id, 4, "publish", people.editor.id, { skipChecklist: true });
      expect(await sendDueMail(db, transport)).toEqual({ sent: 4, failed: 0 });
      expect(inbox.map((m) => [m.to, m.subject])).toEqual([
        [[people.editor.email], "The reporter submitted “Metro fares rise” for review."],
        [[people.reporter.email], "The editor returned “Metro fares rise” to you."],
        [[people.editor.email], "The reporter submitted “Metro fares rise” for review."],
        [[people.reporter.email], "“Metro fares rise” is published."],
      ]);
      for (const m of inbox) expect(m.text).toContain(link);
      expect(inbox[1]!.text).toContain("Which lines?");
    } finally {
      transport.close?.();
      await smtp.close();
      await db.delete(notificationPrefs);
    }
  });

  it("with the server down an editor publishes at once, and the mail goes out once it is back", async () => {
    const { db } = testDb();
    await clearOutbox();
    await db.insert(notificationPrefs).values({ userId: people.reporter.id, kind: "published", email: true });
    const port = await freePort();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    try {
      const id = await newStory("Storm closes schools");
      await applyTransition(db, id, 1, "submit", people.reporter.id);
      const started = Date.now();
      expect(await applyTransition(db, id, 2, "publish", people.editor.id, { skipChecklist: true })).toMatchObject({
        ok: true,
      });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await sendDueMail(db, transport)).toEqual({ sent: 0, failed: 1 });
      const inbox: Received[] = [];
      const smtp = await startSmtp(port, inbox);
      try {
        await db.update(mailOutbox).set({ nextAttemptAt: sql`now()` }); // the backoff has passed
        expect(await sendDueMail(db, transport)).toEqual({ sent: 1, failed: 0 });
        expect(inbox.map((m) => [m.to, m.subject])).toEqual([
          [[people.reporter.email], "“Storm closes schools” is published."],
        ]);
      } finally {
        await smtp.close();
      }
    } finally {
      transport.close?.();
      await db.delete(notificationPrefs);
    }
  });

  it("with the server down the move succeeds at once, and the mail goes out once it is back", async () => {
    const { db } = testDb();
    await clearOutbox();
    const port = await freePort();
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`);
    const id = await newStory("Power cut");
    await applyTransition(db, id, 1, "submit", people.reporter.id);
    const started = Date.now();
    expect(await applyTransition(db, id, 2, "return", people.editor.id, { note: "Sources?" })).toMatchObject({
      ok: true,
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await sendDueMail(db, transport)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await outbox();
    expect(failed).toMatchObject({ attempts: 1, sentAt: null });
    expect(failed!.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: a pass leaves it alone.
    expect(await sendDueMail(db, transport)).toEqual({ sent: 0, failed: 0 });
    const inbox: Received[] = [];
    const smtp = await startSmtp(port, inbox);
    try {
      await db.update(mailOutbox).set({ nextAttemptAt: sql`now()` }); // the backoff has passed
      expect(await sendDueMail(db, transport)).toEqual({ sent: 1, failed: 0 });
      expect(inbox.map((m) => m.to)).toEqual([[people.reporter.email]]);
      expect((await outbox())[0]).toMatchObject({ attempts: 2, lastError: null });
    } finally {
      transport.close?.();
      await smtp.close();
    }
  });

  it(`two senders started ${together} never send one mail twice`, async () => {
    const { db } = testDb();
    await clearOutbox();
    for (let i = 0; i < 12; i++) await enqueueMail(db, { to: `n${i}@example.test`, subject: `Mail ${i}`, text: "t" });
    const sent: string[] = [];
    const slow: MailTransport = {
      send: async (m) => {
        await new Promise((r) => setTimeout(r, 5));
        sent.push(m.to);
      },
    };
    const passes = await Promise.all([sendDueMail(db, slow), sendDueMail(db, slow)]);
    expect(passes[0]!.sent + passes[1]!.sent).toBe(12);
    expect(sent.sort()).toEqual([...new Set(sent)].sort());
    expect(sent).toHaveLength(12);
    const unsent = await db
      .select({ id: mailOutbox.id })
      .from(mailOutbox)
      .where(and(sql`${mailOutbox.sentAt} is null`));
    expect(unsent).toEqual([]);
  });

  it("without SMTP_URL, development prints the mail to the terminal and counts it sent", async () => {
    const { db } = testDb();
    await clearOutbox();
    await enqueueMail(db, { to: "dev@example.test", subject: "Hello desk", text: "Open it\n" });
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expect(await sendDueMail(db, terminalTransport)).toEqual({ sent: 1, failed: 0 });
      expect(log.mock.calls.flat().join("")).toContain("mail to dev@example.test: Hello desk");
    } finally {
      log.mockRestore();
    }
    expect((await outbox())[0]!.sentAt).not.toBeNull();
  });
});
