import type { Browser, Page } from "@playwright/test";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { LINK_PROBLEM, RESET_SENT } from "../lib/auth/messages";
import { signIn, signInAs, staff } from "./desk-helpers";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { startOwnServer, type OwnServer } from "./own-server";

// Invitations and password resets by mail, end to end: a server of its own sends its outbox (every second) to a
// real SMTP server started here, and the links are taken from the mails it receives.
test.describe.configure({ mode: "serial" });

const PORT = Number(process.env.E2E_PORT ?? 3100) + 8;
const SMTP_PORT = PORT + 1;
type Mail = { to: string[]; subject: string; text: string };
const inbox: Mail[] = [];
let server: OwnServer;
let smtp: SMTPServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  smtp = new SMTPServer({
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
  await new Promise<void>((r) => smtp.listen(SMTP_PORT, "127.0.0.1", r));
  server = await startOwnServer({
    port: PORT,
    env: { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, SCHEDULER_INTERVAL_SECONDS: "1" },
  });
});
test.afterAll(async () => {
  await server?.stop();
  await new Promise<void>((r) => smtp?.close(() => r()));
});

/** The link in the newest mail to an address, waiting for the outbox to send it. */
async function linkMailedTo(address: string, kind: "join" | "reset"): Promise<string> {
  let link = "";
  await expect(async () => {
    const mail = inbox.filter((m) => m.to.includes(address)).at(-1);
    link = new RegExp(`https?://\\S+/login/${kind}/[A-Za-z0-9_-]{43}`).exec(mail?.text ?? "")?.[0] ?? "";
    expect(link, `a ${kind} link mailed to ${address}`).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return link;
}

async function pageOn(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  return context.newPage();
}

async function shoot(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
}

test("an admin invites by email; the mailed link sets the person's own password once and signs them in", async ({
  browser,
}) => {
  const email = "ines.invited@example.com";
  const admin = await pageOn(browser);
  await signInAs(admin, "admin");
  await admin.goto("/admin/staff");
  const form = admin.getByRole("form", { name: "Invite staff" });
  await form.getByLabel("Name").fill("Ines Invited");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("editor");
  await shoot(admin, "staff-invite");
  await form.getByRole("button", { name: "Send invitation" }).click();
  await expect(form.getByRole("status")).toHaveText(`Invitation sent to ${email}. The link works once, for 72 hours.`);
  const row = admin.getByRole("listitem", { name: "Ines Invited" });
  await expect(row).toContainText("Invited, not yet joined: the link works until");
  await expect(row.getByRole("button", { name: "Resend invitation" })).toBeVisible();
  await shoot(admin, "staff-invited");
  await expectNoAxeViolations(admin);

  const link = await linkMailedTo(email, "join");
  const invitee = await pageOn(browser);
  const response = await invitee.goto(link);
  expect(response!.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response!.headers()["cache-control"]).toContain("no-store");
  await expect(invitee.getByRole("heading", { level: 1, name: "Join the desk" })).toBeVisible();
  await invitee.waitForLoadState("networkidle"); // hydrated, so the form submits through React
  await shoot(invitee, "join");
  await expectNoAxeViolations(invitee);
  // A common password is refused with the reason, and what was typed stays.
  await invitee.getByLabel("New password", { exact: true }).fill("password1234");
  await invitee.getByLabel("New password again").fill("password1234");
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(invitee.getByText("This password is among the most common ones. Choose another.")).toBeVisible();
  await expect(invitee.getByLabel("New password", { exact: true })).toHaveValue("password1234");
  await shoot(invitee, "join-refused");
  await invitee.getByLabel("New password", { exact: true }).fill("ines-own-pass-phrase-2026");
  await invitee.getByLabel("New password again").fill("ines-own-pass-phrase-2026");
  await invitee.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(invitee).toHaveURL(/\/admin$/);

  // The link is spent.
  await invitee.goto(link);
  await expect(invitee.getByRole("main").getByRole("alert")).toHaveText(LINK_PROBLEM.used);
  await admin.reload();
  await expect(row).not.toContainText("Invited, not yet joined");
  await invitee.context().close();
  await admin.context().close();
});

test("forgot password: the same answer for any address, a mail only for an account, and other sessions end", async ({
  browser,
}) => {
  const who = staff.journalist;
  const before = await pageOn(browser);
  await signInAs(before, "journalist");

  const page = await pageOn(browser);
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shoot(page, "forgot");
  await expectNoAxeViolations(page);
  for (const address of ["nobody.here@example.com", who.email]) {
    await page.getByLabel("Email").fill(address);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status").filter({ hasText: RESET_SENT })).toBeVisible();
    await expect(page.getByRole("button", { name: "Send me a link" })).toBeEnabled();
  }
  await shoot(page, "forgot-sent");
  const link = await linkMailedTo(who.email, "reset");
  // Mails leave in the order they were queued: the unknown address was asked first and got none.
  expect(inbox.filter((m) => m.to.includes("nobody.here@example.com"))).toEqual([]);

  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await shoot(page, "reset");
  await page.getByLabel("New password", { exact: true }).fill("journalist-new-phrase-2026");
  await page.getByLabel("New password again").fill("journalist-new-phrase-2026");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByRole("status").filter({ hasText: "every session signed out" })).toBeVisible();

  // The session opened before, in another browser, is over.
  await before.goto("/admin");
  await expect(before).toHaveURL(/\/login/);
  await signIn(page, who.email, "journalist-new-phrase-2026");
  await expect(page).toHaveURL(/\/admin$/);

  // The link used again says so, and offers a new one.
  await page.goto(link);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(LINK_PROBLEM.used);
  await expect(page.getByRole("link", { name: "Send me a new link" })).toBeVisible();
  await shoot(page, "reset-used");
  await page.context().close();
  await before.context().close();
});
