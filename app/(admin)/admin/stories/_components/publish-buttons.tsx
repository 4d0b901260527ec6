"use client";
import { useActionState } from "react";
import { secondaryButtonClass, FormMessage } from "@/components/desk/field";
import type { FormState } from "@/lib/form-state";
import { publishStoryAction, unpublishStoryAction } from "../actions";

export function PublishButtons({ id, published }: { id: string; published: boolean }) {
  const [state, action, pending] = useActionState<FormState, FormData>(published ? unpublishStoryAction : publishStoryAction, { ok: false });
  return (
    <form action={action} className="mb-6">
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <input type="hidden" name="id" value={id} />
      <button type="submit" className={secondaryButtonClass} disabled={pending}>{published ? "Unpublish" : "Publish"}</button>
    </form>
  );
}
