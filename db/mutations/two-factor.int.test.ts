import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { getTwoFactor, getUserRecord } from "../queries/users";
import { auditEvents, mailOutbox, siteSettings } from "../schema";
import { and, eq } from "drizzle-orm";
import { clearTwoFactor } from "./two-factor";
import { permits } from "@/lib/auth/actor";
import {
  beginTotpSetup,
  checkSecondFactor,
  confirmTotpSetup,
  renewCodes,
  turnOffTwoFactor,
} from "@/lib/auth/two-factor";
import { timeStep, totpCode } from "@/lib/auth/totp";

const testDb = withTestDatabase();
process.env.AUTH_SECRET ??= "two-factor-test-secret-0123456789";

describe("two factors, stored", () => {
  let userId = "";
  let secret = "";
  let codes: string[] = [];
  beforeAll(async () => {
    userId = (await makeStaff("editor")).id;
  });

  it("turns on only with a right code, and keeps ten recovery codes", async () => {
    secret = (await beginTotpSetup({ id: userId, email: "e@example.com" }, "Test"))!.secret;
    expect(await confirmTotpSetup(userId, "000000")).toBeNull();
    expect((await getTwoFactor(userId))!.enabledAt).toBeNull();
    codes = (await confirmTotpSetup(userId, totpCode(secret, timeStep())))!;
    expect(codes).toHaveLength(10);
    expect(await getTwoFactor(userId)).toMatchObject({ codesLeft: 10 });
    // A second set-up cannot replace the secret in force.
    expect(await beginTotpSetup({ id: userId, email: "e@example.com" }, "Test")).toBeNull();
  });

  it("takes each code once: the one that confirmed set-up, and any later one", async () => {
    const step = timeStep();
    // The next step's code (accepted early, for a slow clock) is good once; after it, no earlier step's is.
    expect(await checkSecondFactor(userId, totpCode(secret, step + 1))).toBe(true);
    expect(await checkSecondFactor(userId, totpCode(secret, step + 1))).toBe(false);
    expect(await checkSecondFactor(userId, totpCode(secret, step))).toBe(false);
    expect(await checkSecondFactor(userId, totpCode(secret, step - 1))).toBe(false);
  });

  it("takes each recovery code once, and new ones replace the old", async () => {
    expect(await checkSecondFactor(userId, codes[0]!)).toBe(true);
    expect(await checkSecondFactor(userId, codes[0]!)).toBe(false);
    expect(await getTwoFactor(userId)).toMatchObject({ codesLeft: 9 });
    const fresh = await renewCodes(userId);
    expect(await checkSecondFactor(userId, codes[1]!)).toBe(false);
    expect(await checkSecondFactor(userId, fresh[1]!)).toBe(true);
    expect(await checkSecondFactor(userId, "not-a-code")).toBe(false);
  });

  it("an admin's reset turns them off and queues the mail that tells the person, in one transaction", async () => {
    const { db } = testDb();
    const admin = await makeStaff("admin");
    await clearTwoFactor(db, userId, admin.id, {
      to: "e@example.com",
      subject: "Your two-factor authentication was reset",
      text: "t",
    });
    expect(await getTwoFactor(userId)).toMatchObject({ enabledAt: null, codesLeft: 0 });
    const [mail] = await db.select().from(mailOutbox).where(eq(mailOutbox.to, "e@example.com"));
    expect(mail?.subject).toBe("Your two-factor authentication was reset");
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "auth.2fa_off"), eq(auditEvents.actorId, admin.id)));
    expect(event?.entityId).toBe(userId);
    // Set up again for the next test.
    secret = (await beginTotpSetup({ id: userId, email: "e@example.com" }, "Test"))!.secret;
    codes = (await confirmTotpSetup(userId, totpCode(secret, timeStep())))!;
  });

  it("off: no code opens anything", async () => {
    await turnOffTwoFactor(userId, userId);
    expect(await getTwoFactor(userId)).toMatchObject({ sealed: null, enabledAt: null, codesLeft: 0 });
    expect(await checkSecondFactor(userId, totpCode(secret, timeStep() + 1))).toBe(false);
  });
});

describe("the newsroom's two-factor rule", () => {
  it("holds editors and admins, or everyone, on their own account until they set two factors up", async () => {
    const { db } = testDb();
    const editor = await makeStaff("editor");
    const journalist = await makeStaff("journalist");
    const policy = (requireTwoFactor: "off" | "editors" | "everyone") =>
      db
        .insert(siteSettings)
        .values({ id: 1, requireTwoFactor })
        .onConflictDoUpdate({ target: siteSettings.id, set: { requireTwoFactor } });
    const actor = async (id: string) => ({ ...(await getUserRecord(id))!, sessionId: "s" });

    await policy("editors");
    expect((await actor(editor.id)).mustSetUpTwoFactor).toBe(true);
    expect((await actor(journalist.id)).mustSetUpTwoFactor).toBe(false);
    expect(permits(await actor(editor.id), "story.publish")).toBe(false);
    expect(permits(await actor(editor.id), "account.self")).toBe(true);
    expect(permits(await actor(journalist.id), "story.create")).toBe(true);

    await policy("everyone");
    expect((await actor(journalist.id)).mustSetUpTwoFactor).toBe(true);
    const secret = (await beginTotpSetup({ id: journalist.id, email: "j@example.com" }, "Test"))!.secret;
    await confirmTotpSetup(journalist.id, totpCode(secret, timeStep()));
    expect((await actor(journalist.id)).mustSetUpTwoFactor).toBe(false);
    expect(permits(await actor(journalist.id), "story.create")).toBe(true);

    await policy("off");
    expect((await actor(editor.id)).mustSetUpTwoFactor).toBe(false);
  });
});
