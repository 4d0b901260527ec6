import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { permits } from "@/lib/auth/actor";
import { getPasskeyForSignIn, listPasskeys } from "../queries/passkeys";
import { getCredentials, getTwoFactor, getUserRecord, listStaff } from "../queries/users";
import { auditEvents, mailOutbox, siteSettings } from "../schema";
import { addPasskey, removePasskey, renamePasskey, spendPasskeyCounter } from "./passkeys";
import { resetFactors } from "./two-factor";

const testDb = withTestDatabase();
let n = 0;
const key = (name = "Laptop") => ({
  credentialId: `cred-${++n}-${Math.random().toString(36).slice(2)}`,
  publicKey: "pk",
  counter: 0,
  transports: ["internal"],
  deviceType: "singleDevice",
  backedUp: false,
  name,
});
const idOf = async (userId: string, name: string) => (await listPasskeys(userId)).find((p) => p.name === name)!.id;

describe("passkeys, stored", () => {
  it("keeps a credential once, for one person, and lists it without the key", async () => {
    const { db } = testDb();
    const a = await makeStaff("journalist");
    const b = await makeStaff("journalist");
    const k = key();
    expect(await addPasskey(db, a.id, k)).toBe(true);
    expect(await addPasskey(db, b.id, { ...k, name: "Stolen" })).toBe(false);
    const listed = await listPasskeys(a.id);
    expect(listed).toEqual([{ id: expect.any(String), name: "Laptop", createdAt: expect.any(Date), lastUsedAt: null }]);
    expect(await listPasskeys(b.id)).toEqual([]);
    expect(await getPasskeyForSignIn(k.credentialId)).toMatchObject({ userId: a.id, email: a.email, active: true });
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.passkey_added"), eq(auditEvents.actorId, a.id)));
    expect(event?.entityId).toBe(a.id);
  });

  it("takes a counter that grows, or stays 0 for authenticators that keep none, and records the use", async () => {
    const { db } = testDb();
    const a = await makeStaff("journalist");
    const counted = key("Counted");
    await addPasskey(db, a.id, { ...counted, counter: 5 });
    const id = await idOf(a.id, "Counted");
    expect(await spendPasskeyCounter(db, id, 5, 5)).toBe(false);
    expect(await spendPasskeyCounter(db, id, 5, 4)).toBe(false);
    expect(await spendPasskeyCounter(db, id, 5, 6)).toBe(true);
    // A second use read the counter before the first wrote it: refused.
    expect(await spendPasskeyCounter(db, id, 5, 7)).toBe(false);
    expect((await getPasskeyForSignIn(counted.credentialId))!.counter).toBe(6);
    expect((await listPasskeys(a.id))[0]!.lastUsedAt).toBeInstanceOf(Date);

    await addPasskey(db, a.id, key("Synced"));
    const synced = await idOf(a.id, "Synced");
    expect(await spendPasskeyCounter(db, synced, 0, 0)).toBe(true);
    expect(await spendPasskeyCounter(db, synced, 0, 0)).toBe(true);
  });

  it("renames and removes only the person's own passkeys, and keeps the last one when asked to", async () => {
    const { db } = testDb();
    const a = await makeStaff("editor");
    const b = await makeStaff("editor");
    await addPasskey(db, a.id, key("One"));
    await addPasskey(db, a.id, key("Two"));
    const one = await idOf(a.id, "One");
    const two = await idOf(a.id, "Two");
    expect(await renamePasskey(db, b.id, one, "Mine now")).toBe(false);
    expect(await renamePasskey(db, a.id, one, "Desk PC")).toBe(true);
    expect(await removePasskey(db, b.id, one, false)).toBe("missing");
    expect(await removePasskey(db, a.id, one, true)).toBe("removed");
    expect(await removePasskey(db, a.id, two, true)).toBe("last");
    expect((await listPasskeys(a.id)).map((p) => p.name)).toEqual(["Two"]);
    expect(await removePasskey(db, a.id, two, false)).toBe("removed");
    expect(await listPasskeys(a.id)).toEqual([]);
  });

  it("counts as both factors: the newsroom's rule is met, and a password alone is told to use it", async () => {
    const { db } = testDb();
    await db
      .insert(siteSettings)
      .values({ id: 1, requireTwoFactor: "everyone" })
      .onConflictDoUpdate({ target: siteSettings.id, set: { requireTwoFactor: "everyone" } });
    const a = await makeStaff("editor");
    const actor = async () => ({ ...(await getUserRecord(a.id))!, sessionId: "s" });
    expect((await actor()).mustSetUpTwoFactor).toBe(true);
    expect(permits(await actor(), "story.create")).toBe(false);
    expect((await getCredentials(a.email))!.hasPasskey).toBe(false);
    await addPasskey(db, a.id, key());
    expect((await actor()).mustSetUpTwoFactor).toBe(false);
    expect(permits(await actor(), "story.create")).toBe(true);
    expect((await getCredentials(a.email))!.hasPasskey).toBe(true);
    expect((await getTwoFactor(a.id))!.passkeys).toBe(1);
    expect((await listStaff()).find((s) => s.id === a.id)!.twoFactor).toBe(true);
    await db.update(siteSettings).set({ requireTwoFactor: "off" }).where(eq(siteSettings.id, 1));
  });

  it("an admin's reset of a person's factors removes their passkeys too, audited, with the mail", async () => {
    const { db } = testDb();
    const admin = await makeStaff("admin");
    const a = await makeStaff("journalist");
    const k = key();
    await addPasskey(db, a.id, k);
    await addPasskey(db, a.id, key("Phone"));
    const other = await makeStaff("journalist");
    await addPasskey(db, other.id, key());
    await resetFactors(db, a.id, admin.id, {
      to: a.email,
      subject: "Your two-factor authentication was reset",
      text: "t",
    });
    expect(await listPasskeys(a.id)).toEqual([]);
    expect(await getPasskeyForSignIn(k.credentialId)).toBeNull();
    expect(await listPasskeys(other.id)).toHaveLength(1);
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.passkeys_reset"), eq(auditEvents.entityId, a.id)));
    expect(event).toMatchObject({ actorId: admin.id, detail: { passkeys: 2 } });
    expect(await db.select().from(mailOutbox).where(eq(mailOutbox.to, a.email))).toHaveLength(1);
  });
});
