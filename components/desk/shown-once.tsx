/** A secret the server keeps no readable copy of (an API key, a signing secret): shown once, to be copied now. */
export function ShownOnce({ note, value, testId }: { note: string; value: string; testId: string }) {
  return (
    <div className="mb-4 rounded border border-amber-600 bg-amber-50 p-3">
      <p className="mb-2 font-semibold">{note}</p>
      <code data-testid={testId} className="block rounded bg-white p-2 font-mono text-sm break-all">
        {value}
      </code>
    </div>
  );
}
