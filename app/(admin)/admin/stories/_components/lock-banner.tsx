"use client";

/** Someone else holds the story, or took it from me: say who, and what happened to my text. */
export function LockBanner({
  holderName,
  takenBy,
  canTakeOver,
  onTakeOver,
  error,
}: {
  holderName: string | null;
  takenBy: string | null;
  canTakeOver: boolean;
  onTakeOver: () => void;
  error: string | null;
}) {
  if (takenBy) {
    return (
      <div role="alert" className="mb-4 rounded border-2 border-accent px-4 py-3 font-sans text-sm">
        <p className="font-semibold">{takenBy} took over this story. Your unsaved text is kept in this browser.</p>
        <p className="mt-1">
          The editor is read-only now; you can still select and copy your text.{" "}
          <a href="" className="underline">
            Reload
          </a>{" "}
          to see their version and edit again.
        </p>
      </div>
    );
  }
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3 rounded border-2 border-ink bg-rule/30 px-4 py-3 font-sans text-sm">
      <p className="flex-1 font-semibold">{holderName ?? "Someone else"} is editing</p>
      <p className="basis-full text-muted">
        You can read the story; editing opens when they close it (two minutes after their last activity).
      </p>
      {canTakeOver && (
        <button type="button" onClick={onTakeOver} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          Take over
        </button>
      )}
      {error && (
        <p role="alert" className="basis-full font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
