"use client";
import { focusField } from "@/components/desk/focus-field";
import type { ChecklistItem } from "@/lib/story/desk-types";

/** Checklist items as links to the fields that fix them; following one focuses the field. */
export function ChecklistItems({ items }: { items: ChecklistItem[] }) {
  return (
    <ul className="mt-1 list-disc space-y-1 pl-5">
      {items.map((item, i) => (
        <li key={`${item.field}-${i}`}>
          <a
            href={`#${item.field}`}
            className="underline"
            onClick={(e) => {
              if (focusField(item.field)) e.preventDefault();
            }}
          >
            {item.message}
          </a>
        </li>
      ))}
    </ul>
  );
}
