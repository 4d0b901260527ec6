import type { ReactNode } from "react";

const inputClass = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 font-sans text-base text-ink";

type FieldProps = {
  label: string;
  name: string;
  /** The control's id, when two forms on a page have a field of the same name; f-<name> otherwise. */
  id?: string;
  defaultValue?: string | number;
  type?: string;
  error?: string;
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  multiline?: number;
  children?: ReactNode;
  step?: string;
};

/** A labelled form control with its error announced to screen readers. */
export function Field({ label, name, id: idProp, error, hint, multiline, children, ...rest }: FieldProps) {
  const id = idProp ?? `f-${name}`;
  const describedBy = [error ? `${id}-error` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: inputClass,
  };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block font-sans text-sm font-semibold">
        {label}
      </label>
      {children ? (
        <select {...common} defaultValue={rest.defaultValue}>
          {children}
        </select>
      ) : multiline ? (
        <textarea {...common} rows={multiline} defaultValue={rest.defaultValue} required={rest.required} />
      ) : (
        <input {...common} {...rest} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 font-sans text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 font-sans text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}

export const buttonClass =
  "rounded bg-ink px-4 py-2 font-sans text-sm font-semibold text-paper hover:opacity-90 disabled:opacity-50";
export const secondaryButtonClass =
  "rounded border border-ink px-4 py-2 font-sans text-sm font-semibold hover:bg-rule/40";

/** A form-level message: errors are announced at once, confirmations politely. */
export function FormMessage({ error, notice }: { error?: string | null; notice?: string | null }) {
  if (error)
    return (
      <p role="alert" className="mb-4 rounded border border-accent px-3 py-2 font-sans text-sm text-accent">
        {error}
      </p>
    );
  if (notice)
    return (
      <p role="status" className="mb-4 rounded border border-rule px-3 py-2 font-sans text-sm">
        {notice}
      </p>
    );
  return null;
}
