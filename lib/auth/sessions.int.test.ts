import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { createSession, revokeSession, revokeUserSessions } from "@/db/mutations/sessions";
import { listLiveSessions } from "@/db/queries/sessions";
import { sessions } from "@/db/schema";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { resolveActor } from "./actor";
import { SESSION_IDLE_MS } from "./session-policy";
import { writer } from "@/db/mutations/writer";

const db = withTestDatabase();

describe("database sessions", () => {
  it("a cookie naming an ended session resolves to nobody, whoever ends it", async () => {
    const s = await makeStaff("editor");
    expect((await resolveActor(s.claims))?.sessionId).toBe(s.claims.sid);
    const other = await makeStaff("editor");
    expect(await revokeSession(await writer(), s.claims.sid, other.id, other.id)).toBe(false); // not theirs to end
    expect(await resolveActor(s.claims)).not.toBeNull();
    expect(await revokeSession(await writer(), s.claims.sid, s.id, s.id)).toBe(true);
    expect(await resolveActor(s.claims)).toBeNull();
  });

  it("a cookie without a session id, or naming another person's session, is refused", async () => {
    const a = await makeStaff("editor");
    const b = await makeStaff("editor");
    expect(await resolveActor({ uid: a.id, sv: 1 })).toBeNull();
    expect(await resolveActor({ uid: a.id, sv: 1, sid: b.claims.sid })).toBeNull();
    expect(await resolveActor({ uid: a.id, sv: 1, sid: "not-a-uuid" })).toBeNull();
  });

  it("ends at its absolute end however active, and after the idle limit", async () => {
    const s = await makeStaff("journalist");
    await db()
      .db.update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.id, s.claims.sid));
    expect(await resolveActor(s.claims)).toBeNull();
    const sid = await createSession(await writer(), {
      userId: s.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      ip: null,
      userAgent: null,
    });
    expect(await resolveActor({ ...s.claims, sid })).not.toBeNull();
    await db()
      .db.update(sessions)
      .set({ lastSeenAt: sql`now() - ${`${SESSION_IDLE_MS + 60_000} milliseconds`}::interval` })
      .where(eq(sessions.id, sid));
    expect(await resolveActor({ ...s.claims, sid })).toBeNull();
  });

  it("ending all of a person's sessions can keep one, and the list shows only live ones", async () => {
    const s = await makeStaff("admin");
    const second = await createSession(await writer(), {
      userId: s.id,
      expiresAt: new Date(Date.now() + 86_400_000),
      ip: "203.0.113.1",
      userAgent: "x",
    });
    expect((await listLiveSessions(s.id, SESSION_IDLE_MS)).length).toBe(2);
    expect(await revokeUserSessions(await writer(), s.id, s.id, second)).toBe(1);
    expect((await listLiveSessions(s.id, SESSION_IDLE_MS)).map((x) => x.id)).toEqual([second]);
    expect(await resolveActor(s.claims)).toBeNull();
    expect(await resolveActor({ ...s.claims, sid: second })).not.toBeNull();
  });
});
