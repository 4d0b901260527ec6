"use client";
import { useActionState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/desk/field";
import type { FormState } from "@/lib/form-state";
import { restoreRevisionAction } from "../../actions";

/**
 * One revision's Restore, as its own form. The revision goes in a hidden field: React names a button whose
 * formAction is a server action itself, so a button's own name and value never reach the action. A refusal
 * (someone saved or took the story meanwhile) is said here; success redirects to the editor.
 */
export function RestoreForm({ id, version, revisionId, label }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(restoreRevisionAction, { ok: true });
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <button type="submit" disabled={pending} className={secondaryButtonClass} aria-label={`Restore version ${label}`}>
        Restore
      </button>
      <FormMessage error={state.ok ? null : state.message} />
    </form>
  );
}

type Props = { id: string; version: number; revisionId: string; label: number };
