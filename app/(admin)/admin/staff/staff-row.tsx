"use client";
import { useActionState } from "react";
import { FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import {
  cancelInvitationAction,
  changeRoleAction,
  resendInvitationAction,
  endStaffSessionsAction,
  resetPasswordAction,
  resetTwoFactorAction,
  setActiveAction,
  setSectionEditorAction,
} from "./actions";

type Staff = {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  mustChangePassword: boolean;
  twoFactor: boolean;
};
const small = "rounded border border-rule bg-paper px-2 py-1 text-sm";

export function StaffRow({
  user,
  self,
  locked,
  invited,
  sections,
  edits,
}: {
  user: Staff;
  self: boolean;
  locked: boolean;
  /** A pending invitation: until when its newest link works, already formatted, and whether that has passed. */
  invited: { until: string; expired: boolean } | null;
  /** The sections an editor may be given; null for someone who cannot approve stories. */
  sections: { id: string; name: string }[] | null;
  edits: string[];
}) {
  const [roleState, roleAction] = useActionState<FormState, FormData>(changeRoleAction, initialFormState);
  const [activeState, activeAction] = useActionState<FormState, FormData>(setActiveAction, initialFormState);
  const [resetState, resetAction] = useActionState<FormState, FormData>(resetPasswordAction, initialFormState);
  const [endState, endAction] = useActionState<FormState, FormData>(endStaffSessionsAction, initialFormState);
  const [factorState, factorAction] = useActionState<FormState, FormData>(resetTwoFactorAction, initialFormState);
  const [sectionState, sectionAction] = useActionState<FormState, FormData>(setSectionEditorAction, initialFormState);
  const [resendState, resendAction] = useActionState<FormState, FormData>(resendInvitationAction, initialFormState);
  const [cancelState, cancelAction] = useActionState<FormState, FormData>(cancelInvitationAction, initialFormState);
  const state = [
    roleState,
    activeState,
    resetState,
    endState,
    factorState,
    sectionState,
    resendState,
    cancelState,
  ].find((s) => s.message);
  const id = user.id.slice(0, 8);
  return (
    <li className="py-4" aria-label={user.name}>
      <p className="font-semibold">
        {user.name} <span className="font-normal text-muted">{user.email}</span>
        {!user.active && <span className="ml-2 text-sm text-accent">Deactivated</span>}
        {locked && <span className="ml-2 text-sm text-accent">Locked for now</span>}
        {user.mustChangePassword && <span className="ml-2 text-sm text-muted">Temporary password</span>}
        {user.twoFactor && <span className="ml-2 text-sm text-muted">Two-factor on</span>}
      </p>
      {invited && (
        <p className="text-sm text-muted">
          {invited.expired
            ? `Invited, not yet joined: the invitation expired ${invited.until}.`
            : `Invited, not yet joined: the link works until ${invited.until}.`}
        </p>
      )}
      <FormMessage error={state && !state.ok ? state.message : null} notice={state?.ok ? state.message : null} />
      {invited ? (
        <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
          <form action={resendAction}>
            <input type="hidden" name="id" value={user.id} />
            <button type="submit" className={secondaryButtonClass}>
              Resend invitation
            </button>
          </form>
          <form action={cancelAction}>
            <input type="hidden" name="id" value={user.id} />
            <button type="submit" className={secondaryButtonClass}>
              Cancel invitation
            </button>
          </form>
        </div>
      ) : self ? (
        <p className="text-sm text-muted">This is you ({user.role}).</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-3 text-sm">
          <form action={roleAction} className="flex items-end gap-2">
            <input type="hidden" name="id" value={user.id} />
            <label htmlFor={`role-${id}`} className="sr-only">
              Role for {user.name}
            </label>
            <select id={`role-${id}`} name="role" defaultValue={user.role} className={small}>
              <option value="journalist">Journalist</option>
              <option value="editor">Editor</option>
              <option value="admin">Admin</option>
            </select>
            <button type="submit" className={secondaryButtonClass}>
              Change role
            </button>
          </form>
          <form action={activeAction}>
            <input type="hidden" name="id" value={user.id} />
            <input type="hidden" name="active" value={String(!user.active)} />
            <button type="submit" className={secondaryButtonClass}>
              {user.active ? "Deactivate" : "Reactivate"}
            </button>
          </form>
          <form action={endAction}>
            <input type="hidden" name="id" value={user.id} />
            <button type="submit" className={secondaryButtonClass}>
              End sessions
            </button>
          </form>
          {user.twoFactor && (
            <form action={factorAction}>
              <input type="hidden" name="id" value={user.id} />
              <button type="submit" className={secondaryButtonClass}>
                Reset two-factor
              </button>
            </form>
          )}
          <form action={resetAction} className="flex items-end gap-2">
            <input type="hidden" name="id" value={user.id} />
            <label htmlFor={`reset-${id}`} className="sr-only">
              Temporary password for {user.name}
            </label>
            <input
              id={`reset-${id}`}
              name="password"
              type="text"
              autoComplete="off"
              placeholder="Temporary password"
              className={small}
            />
            <button type="submit" className={secondaryButtonClass}>
              Reset password
            </button>
          </form>
        </div>
      )}
      {sections && sections.length > 0 && (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer">
            Sections {self ? "you edit" : "they edit"}:{" "}
            {sections
              .filter((s) => edits.includes(s.id))
              .map((s) => s.name)
              .join(", ") || "none (submissions go to every editor)"}
          </summary>
          <form action={sectionAction} className="mt-2">
            <input type="hidden" name="id" value={user.id} />
            <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
              <legend className="sr-only">Sections {user.name} edits</legend>
              {sections.map((s) => (
                <label key={s.id} className="flex items-center gap-1">
                  <input type="checkbox" name="sectionIds" value={s.id} defaultChecked={edits.includes(s.id)} />
                  {s.name}
                </label>
              ))}
            </fieldset>
            <button type="submit" className={`${secondaryButtonClass} mt-2`}>
              Save sections
            </button>
          </form>
        </details>
      )}
    </li>
  );
}
