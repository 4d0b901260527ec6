"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";

const smallButton = "rounded border border-ink px-2 py-1 font-sans text-xs font-semibold hover:bg-rule/40";

function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/**
 * An ordered list moved by drag and drop or by its "Move up"/"Move down" buttons. After a keyboard move the
 * focus stays on the same button of the row that moved, so an editor can keep pressing it.
 */
export function ReorderList({
  items,
  label,
  onChange,
  extra,
  labelledBy,
  testId,
}: {
  items: string[];
  label: (id: string) => string;
  onChange: (items: string[]) => void;
  extra?: (id: string) => ReactNode;
  labelledBy: string;
  testId: string;
}) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const focusNext = useRef<{ id: string; dir: "up" | "down" } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const f = focusNext.current;
    if (!f) return;
    focusNext.current = null;
    listRef.current
      ?.querySelector<HTMLButtonElement>(`[data-row="${CSS.escape(f.id)}"] [data-move="${f.dir}"]`)
      ?.focus();
  }, [items]);
  const step = (i: number, dir: "up" | "down") => {
    const to = dir === "up" ? i - 1 : i + 1;
    if (to < 0 || to >= items.length)
      return setStatus(`${label(items[i]!)} is already ${dir === "up" ? "first" : "last"}.`);
    focusNext.current = { id: items[i]!, dir };
    onChange(move(items, i, to));
    setStatus(`${label(items[i]!)} moved to place ${to + 1} of ${items.length}.`);
  };
  return (
    <>
      <ol
        ref={listRef}
        aria-labelledby={labelledBy}
        data-testid={testId}
        className="divide-y divide-rule border-y border-rule"
      >
        {items.map((id, i) => (
          <li
            key={id}
            data-row={id}
            draggable
            onDragStart={(e) => {
              setDragging(i);
              e.dataTransfer.effectAllowed = "move";
              e.dataTransfer.setData("text/plain", id);
            }}
            onDragOver={(e) => {
              if (dragging !== null) e.preventDefault();
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null) onChange(move(items, dragging, i));
              setDragging(null);
            }}
            onDragEnd={() => setDragging(null)}
            className={`flex cursor-move flex-wrap items-center gap-2 py-2 ${dragging === i ? "opacity-50" : ""}`}
          >
            <span aria-hidden="true" className="text-muted select-none">
              ⠿
            </span>
            <span className="min-w-0 flex-1 font-sans text-sm">
              <span className="mr-1 text-muted">{i + 1}.</span>
              {label(id)}
            </span>
            <button
              type="button"
              data-move="up"
              className={smallButton}
              onClick={() => step(i, "up")}
              aria-label={`Move up: ${label(id)}`}
            >
              Move up
            </button>
            <button
              type="button"
              data-move="down"
              className={smallButton}
              onClick={() => step(i, "down")}
              aria-label={`Move down: ${label(id)}`}
            >
              Move down
            </button>
            {extra?.(id)}
          </li>
        ))}
      </ol>
      <p role="status" className="sr-only">
        {status}
      </p>
    </>
  );
}
