"use client";
import { useEffect } from "react";
import { signOutAction } from "@/app/(auth)/login/actions";
import { clearLocalDrafts } from "@/lib/editor/local-drafts";

const clear = () => {
  try {
    clearLocalDrafts(window.localStorage);
  } catch {
    // storage disabled: nothing kept
  }
};

/** Signing out leaves no story text in this browser for the next person at it (lib/editor/local-drafts.ts). */
export function SignOutForm() {
  return (
    <form action={signOutAction} onSubmit={clear}>
      <button type="submit" className="underline">
        Sign out
      </button>
    </form>
  );
}

/** On the sign-in page: the session is gone (signed out, expired or ended elsewhere), so is the text it kept. */
export function ClearLocalDrafts() {
  useEffect(clear, []);
  return null;
}
