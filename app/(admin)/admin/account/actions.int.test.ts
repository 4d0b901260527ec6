import { beforeEach, describe, expect, it, vi } from "vitest";
import { auth, signIn } from "@/auth";
import { setUserPassword } from "@/db/mutations/users";
import { authenticate } from "@/lib/auth/authenticate";
import { resolveActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/password";
import { initialFormState } from "@/lib/form-state";
import { withTestDatabase } from "@/test/db";
import { makeStaff } from "@/test/staff";
import { changePasswordAction } from "./actions";

// Auth.js itself is not under test: the session is whatever auth() returns, and signIn signs in through the
// same check the credentials provider uses, then "redirects" by throwing as next/navigation does.
vi.mock("@/auth", () => ({ auth: vi.fn(), signOut: vi.fn(), signIn: vi.fn() }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
class Redirect extends Error {}

withTestDatabase();
const newPassword = "a-brand-new-password-77";
const form = (current: string) => {
  const f = new FormData();
  f.set("current", current);
  f.set("password", newPassword);
  f.set("confirm", newPassword);
  return f;
};

beforeEach(() => {
  vi.mocked(signIn).mockReset().mockImplementation(async (_provider, opts) => {
    const o = opts as { email: string; password: string; redirectTo: string };
    if (!(await authenticate(o.email, o.password, "10.0.5.1"))) throw new Error("refused");
    throw new Redirect(o.redirectTo);
  });
});

describe("changing your own password", () => {
  it("ends every other session and signs this browser in again with the new session version", async () => {
    const s = await makeStaff("journalist");
    vi.mocked(auth).mockResolvedValue(s.claims as never);
    await expect(changePasswordAction(initialFormState, form(s.password))).rejects.toThrow(new Redirect("/admin/account?changed=1"));
    expect(await resolveActor(s.claims)).toBeNull(); // the old cookie (this one and any other browser's) is dead
    expect(signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: s.email, password: newPassword }));
    const fresh = await authenticate(s.email, newPassword, "10.0.5.2");
    expect(await resolveActor({ uid: fresh!.uid, sv: fresh!.sv })).not.toBeNull();
  });

  it("after a first sign-in with a temporary password, lands on the desk", async () => {
    const s = await makeStaff("editor");
    await setUserPassword(s.id, await hashPassword(s.password), { mustChange: true, endSessions: false }, s.id); // a temporary one
    vi.mocked(auth).mockResolvedValue(s.claims as never);
    await expect(changePasswordAction(initialFormState, form(s.password))).rejects.toThrow(new Redirect("/admin"));
    expect(await resolveActor(s.claims)).toBeNull();
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const s = await makeStaff("editor");
    vi.mocked(auth).mockResolvedValue(s.claims as never);
    const state = await changePasswordAction(initialFormState, form("not-the-password-at-all"));
    expect(state.ok).toBe(false);
    expect(signIn).not.toHaveBeenCalled();
    expect(await resolveActor(s.claims)).not.toBeNull();
  });
});
