import { asFormAction } from "@/lib/desk-action";
import { buttonClass } from "@/components/desk/field";
import { createStoryAction } from "../actions";

/** Starts a draft and opens it; a plain form, so it works before any script has loaded. */
export function NewStoryButton() {
  return (
    <form action={asFormAction(createStoryAction)}>
      <button type="submit" className={buttonClass}>
        New story
      </button>
    </form>
  );
}
