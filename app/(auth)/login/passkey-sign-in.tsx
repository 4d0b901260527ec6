"use client";
import { useRef, useState } from "react";
import { startAuthentication } from "@simplewebauthn/browser";
import { secondaryButtonClass } from "@/components/desk/field";
import { passkeyChallengeAction } from "./actions";

/**
 * "Use a passkey": asks the server for a challenge, lets the browser offer this desk's passkeys (no email
 * needed), and hands the signed answer to the sign-in form's action, which checks it.
 */
export function PasskeySignIn({
  action,
  next,
  pending,
  // Not "Sign in with …": the password form's "Sign in" button must stay the only one of that name.
  label = "Use a passkey",
  intro = "Have a passkey for this desk? No email or password needed.",
}: {
  action: (formData: FormData) => void;
  next: string;
  pending: boolean;
  label?: string;
  intro?: string | null;
}) {
  const form = useRef<HTMLFormElement>(null);
  const answer = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  async function ask() {
    setProblem(null);
    setAsking(true);
    try {
      const optionsJSON = await passkeyChallengeAction();
      if (!optionsJSON) throw new Error("no challenge");
      const response = await startAuthentication({ optionsJSON });
      answer.current!.value = JSON.stringify(response);
      form.current!.requestSubmit();
    } catch (error) {
      const cancelled = error instanceof Error && error.name === "NotAllowedError";
      setProblem(
        cancelled
          ? "No passkey was used. Try again, or sign in with your password."
          : "This browser could not use a passkey here. Sign in with your password.",
      );
    } finally {
      setAsking(false);
    }
  }
  return (
    <form ref={form} action={action} className="mt-6 border-t border-rule pt-6">
      {problem && (
        <p role="alert" className="mb-4 font-sans text-sm text-accent">
          {problem}
        </p>
      )}
      {intro && <p className="mb-3 font-sans text-sm text-muted">{intro}</p>}
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="step" value="passkey" />
      <input ref={answer} type="hidden" name="passkey" defaultValue="" />
      <button type="button" className={`${secondaryButtonClass} w-full`} disabled={asking || pending} onClick={ask}>
        {label}
      </button>
    </form>
  );
}
