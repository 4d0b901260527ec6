"use client";
import type { ReactNode } from "react";

export const controlClass =
  "mt-1 block w-full min-w-0 rounded border border-rule bg-paper px-3 py-2 font-sans text-base text-ink read-only:bg-rule/20 disabled:opacity-70";

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: ReactNode;
  error?: string | null;
  multiline?: number;
  readOnly?: boolean;
  maxLength?: number;
  className?: string;
  inputClassName?: string;
  /** The language of the words typed (spelling, screen readers, the font's Hangul). */
  lang?: string;
};

/** A controlled, labelled text input or textarea (the editor keeps every word in state); errors are announced. */
export function TextControl({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  multiline,
  readOnly,
  maxLength,
  className,
  inputClassName,
  lang,
}: Props) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    value,
    readOnly,
    maxLength,
    lang,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    className: `${controlClass} ${inputClassName ?? ""}`,
  };
  return (
    <div className={className ?? "mb-4"}>
      <label htmlFor={id} className="block font-sans text-sm font-semibold">
        {label}
      </label>
      {multiline ? (
        <textarea {...common} rows={multiline} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(e) => onChange(e.target.value)} />
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
