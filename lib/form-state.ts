/** What a desk action returns to its form: field errors and the words typed, so nothing is lost on a refusal. */
export type FormState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Where the browser goes next with a full page load (after the session cookie changed). */
  redirectTo?: string;
};

export const initialFormState: FormState = { ok: false };

/** Fields never sent back to the browser in a refusal: passwords under any name (current, confirm), secrets, codes. */
export function isSecretField(key: string): boolean {
  return /pass|secret|token|otp|^(current|confirm)$/i.test(key);
}

/** A form's fields as an action's schema reads them: a name sent more than once (a group of checkboxes) is a list. */
export function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    fields[key] = all.length > 1 ? all : all[0]!;
  }
  return fields;
}

/** The words typed, to send back with a refusal; a list's values are joined by newlines (see `listValue`). */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$") && !isSecretField(key))
      values[key] = key in values ? `${values[key]}\n${value}` : value;
  return values;
}

/** A list field's values as `formValues` keeps them. */
export const listValue = (value: string | undefined): string[] => (value ? value.split("\n") : []);

/**
 * First zod issue per field, as plain words. The story editor sends its fields inside one `working` object: those
 * are named by the field itself (`body`, `headline`), as the save action's own checks name them.
 */
export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const [first, second] = issue.path;
    const key = String((first === "working" && second !== undefined ? second : first) ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** A refusal that points at fields; the words typed come back so nothing is lost. */
export function invalid(errors: Record<string, string>, values?: Record<string, string>): FormState {
  return { ok: false, message: "Check the highlighted fields.", fieldErrors: errors, ...(values ? { values } : {}) };
}

export const deniedState: FormState = { ok: false, message: "You do not have permission to do that." };
