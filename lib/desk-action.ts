import "server-only";
import type { z } from "zod";
import { currentUser } from "./authz";
import { permits, type Actor } from "./auth/actor";
import type { Capability } from "./capabilities";
import { deniedState, fieldErrors, formFields, formValues, invalid, isSecretField, type FormState } from "./form-state";

export type ActionSpec = { name: string; capability: Capability | "public"; schema: z.ZodType };

/** Every action built by deskAction(), by name: the role-matrix test walks it. */
export const actionRegistry = new Map<string, ActionSpec>();

type Ctx<C> = {
  actor: C extends "public" ? Actor | null : Actor;
  values: Record<string, string>;
  formData: FormData | null;
};

/** What a form or a script sends: a form's fields, or a plain object (autosave sends the working copy as one). */
export type ActionInput = FormData | Record<string, unknown>;

/**
 * The one shape of a desk mutation: guard, then parse, then the handler. An action cannot forget its guard or
 * its validation, and a refusal always returns what was typed so nothing is lost.
 * Usable as a useActionState action `(prev, formData)` and as a plain call `action(undefined, {...})`.
 */
export function deskAction<C extends Capability | "public", S extends z.ZodType, R extends FormState = FormState>(
  spec: { name: string; capability: C; schema: S },
  handler: (input: z.infer<S>, ctx: Ctx<C>) => Promise<R>,
): (prev: unknown, input: ActionInput) => Promise<R | FormState> {
  if (actionRegistry.has(spec.name)) throw new Error(`Two desk actions are named ${spec.name}`);
  actionRegistry.set(spec.name, spec);
  return async (_prev, input) => {
    const formData = input instanceof FormData ? input : null;
    const raw = formData ? formFields(formData) : input;
    const values = formData ? formValues(formData) : stringValues(input as Record<string, unknown>);
    const actor = await currentUser();
    if (!permits(actor, spec.capability)) return { ...deniedState, values };
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
    return handler(parsed.data, { actor: actor as Ctx<C>["actor"], values, formData });
  };
}

function stringValues(input: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input ?? {})) {
    if (isSecretField(k)) continue;
    if (typeof v === "string") out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === "string")) out[k] = v.join("\n");
  }
  return out;
}

/** A desk action as a plain <form action>: for forms that need no state back (they redirect, or reload). */
export function asFormAction(
  action: (prev: unknown, input: ActionInput) => Promise<unknown>,
): (formData: FormData) => Promise<void> {
  return action.bind(null, undefined) as unknown as (formData: FormData) => Promise<void>;
}
