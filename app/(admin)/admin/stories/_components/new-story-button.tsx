import { buttonClass } from "@/components/desk/field";
import { createStoryAction } from "../actions";

/** Starts a draft and opens it; a plain form, so it works before any script has loaded. */
export function NewStoryButton() {
  return (
    <form action={createStoryAction.bind(null, undefined) as unknown as (fd: FormData) => Promise<void>}>
      <button type="submit" className={buttonClass}>New story</button>
    </form>
  );
}
