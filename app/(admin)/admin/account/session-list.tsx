"use client";
import { useActionState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { endSessionAction } from "./actions";

export type SessionRow = {
  id: string;
  current: boolean;
  device: string;
  ip: string;
  started: string;
  lastSeen: string;
};

/** Your live sessions, each with a button that ends it on the server at once. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule" data-testid="sessions">
      {sessions.map((s) => (
        <SessionItem key={s.id} session={s} />
      ))}
    </ul>
  );
}

function SessionItem({ session: s }: { session: SessionRow }) {
  const [state, action, pending] = useActionState<FormState, FormData>(endSessionAction, initialFormState);
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 py-3 text-sm">
      <span>
        <span className="font-semibold">{s.device}</span>
        {s.current && <span className="ml-2 text-accent">This browser</span>}
        <span className="block text-muted">
          {s.ip} · signed in {s.started} · last used {s.lastSeen}
        </span>
      </span>
      <form action={action}>
        <input type="hidden" name="sessionId" value={s.id} />
        <button type="submit" disabled={pending} className={secondaryButtonClass}>
          End session
        </button>
      </form>
      <FormMessage error={state && !state.ok ? state.message : null} notice={state?.ok ? state.message : null} />
    </li>
  );
}
