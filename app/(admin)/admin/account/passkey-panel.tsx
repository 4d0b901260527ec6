"use client";
import { useActionState, useRef, useState, type FormEvent } from "react";
import { startRegistration } from "@simplewebauthn/browser";
import { Field, FormMessage, secondaryButtonClass } from "@/components/desk/field";
import { initialFormState, type FormState } from "@/lib/form-state";
import { addPasskeyAction, beginPasskeyAction, removePasskeyAction, renamePasskeyAction } from "./passkey-actions";

export type PasskeyRow = { id: string; name: string; created: string; lastUsed: string | null };

/** The person's passkeys: each signs them in alone (device plus PIN or fingerprint), so each counts as both factors. */
export function PasskeyPanel({ passkeys }: { passkeys: PasskeyRow[] }) {
  return (
    <section aria-labelledby="passkeys-heading" className="mt-10">
      <h2 id="passkeys-heading" className="mb-2 font-serif text-xl font-bold">
        Passkeys
      </h2>
      <p className="mb-3 text-sm text-muted">
        A passkey signs you in with your phone, computer or security key and its PIN or fingerprint, without a password.
        It cannot be phished: it works only on this desk.
      </p>
      {passkeys.length > 0 && (
        <ul className="mb-6 divide-y divide-rule border-y border-rule" data-testid="passkeys">
          {passkeys.map((p) => (
            <PasskeyItem key={p.id} passkey={p} />
          ))}
        </ul>
      )}
      <AddPasskey />
    </section>
  );
}

function PasskeyItem({ passkey: p }: { passkey: PasskeyRow }) {
  const [editing, setEditing] = useState(false);
  const [renamed, rename, renaming] = useActionState<FormState, FormData>(async (prev, formData) => {
    const result = await renamePasskeyAction(prev, formData);
    if (result.ok) setEditing(false);
    return result;
  }, initialFormState);
  const [removed, remove, removing] = useActionState<FormState, FormData>(removePasskeyAction, initialFormState);
  return (
    <li className="py-3 text-sm">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0">
          <span className="font-semibold break-words">{p.name}</span>
          <span className="block text-muted">
            Added {p.created} · {p.lastUsed ? `last used ${p.lastUsed}` : "not used yet"}
          </span>
        </span>
        <span className="flex gap-2">
          <button
            type="button"
            className={secondaryButtonClass}
            aria-expanded={editing}
            aria-label={`Rename ${p.name}`}
            onClick={() => setEditing(!editing)}
          >
            Rename
          </button>
          <form action={remove}>
            <input type="hidden" name="id" value={p.id} />
            <button type="submit" disabled={removing} className={secondaryButtonClass} aria-label={`Remove ${p.name}`}>
              Remove
            </button>
          </form>
        </span>
      </div>
      {editing && (
        <form action={rename} className="mt-3 flex flex-wrap items-end gap-2" noValidate>
          <input type="hidden" name="id" value={p.id} />
          <div className="min-w-0 grow">
            <Field
              label={`New name for ${p.name}`}
              name="newName"
              defaultValue={renamed.values?.newName ?? p.name}
              error={renamed.fieldErrors?.newName}
              required
            />
          </div>
          <button type="submit" disabled={renaming} className={`${secondaryButtonClass} mb-4`}>
            Save name
          </button>
        </form>
      )}
      <div className="mt-3 empty:hidden [&>p]:mb-0">
        <FormMessage
          error={!removed.ok ? removed.message : !renamed.ok ? renamed.message : null}
          notice={renamed.ok ? renamed.message : null}
        />
      </div>
    </li>
  );
}

type Begun = FormState & { options?: Parameters<typeof startRegistration>[0]["optionsJSON"] };

/** Name, password, then the browser's own prompt; the answer goes back to the server to be checked and kept. */
function AddPasskey() {
  const form = useRef<HTMLFormElement>(null);
  const [state, setState] = useState<FormState>(initialFormState);
  const [busy, setBusy] = useState(false);
  // onSubmit, not a form action: React resets a form after its action, and a refused name or password should stay.
  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const name = String(formData.get("passkeyName") ?? "");
    setBusy(true);
    try {
      const begun = (await beginPasskeyAction(undefined, {
        name,
        current: formData.get("passkeyPassword") ?? "",
      })) as Begun;
      if (!begun.ok || !begun.options) return setState(begun);
      let response;
      try {
        response = await startRegistration({ optionsJSON: begun.options });
      } catch (error) {
        const exists = error instanceof Error && error.name === "InvalidStateError";
        return setState({
          ok: false,
          message: exists
            ? "This device already holds a passkey for your account."
            : "No passkey was made. Try again, or use another device.",
        });
      }
      const added = await addPasskeyAction(undefined, { name, response: JSON.stringify(response) });
      setState(added);
      if (added.ok) form.current?.reset();
    } finally {
      setBusy(false);
    }
  }
  return (
    <form ref={form} onSubmit={add} className="max-w-md text-sm" noValidate>
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      {/* Labels of their own ("Name" and "Current password" are the profile's and the password change's). */}
      <Field
        label="Device"
        name="passkeyName"
        hint="What holds the passkey, for example “Work laptop” or “Phone”: it is listed by this name."
        error={state.fieldErrors?.name}
        required
      />
      <Field
        label="Your password"
        name="passkeyPassword"
        type="password"
        autoComplete="current-password"
        error={state.fieldErrors?.current}
        required
      />
      <button type="submit" className={secondaryButtonClass} disabled={busy}>
        {busy ? "Waiting for your device…" : "Add a passkey"}
      </button>
    </form>
  );
}
