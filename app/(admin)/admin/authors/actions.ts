"use server";
import { revalidatePath } from "next/cache";
import { createAuthor } from "@/db/mutations/authors";
import { guardAction } from "@/lib/authz";
import { deniedState, fieldErrors, formValues, invalid, type FormState } from "@/lib/form-state";
import { PhotoRejectedError, storeImage } from "@/lib/media/storage";
import { authorSchema } from "@/lib/validation/author";

const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

export async function createAuthorAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const actor = await guardAction("createAuthorAction");
  if (!actor) return { ...deniedState, values };
  const parsed = authorSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), values);
  const file = formData.get("photo");
  let photo = null;
  if (file instanceof File && file.size > 0) {
    if (file.size > MAX_PHOTO_BYTES) return invalid({ photo: "Use a photo under 8 MB." }, values);
    try {
      photo = { ...(await storeImage(Buffer.from(await file.arrayBuffer()), `author-${parsed.data.name}`)), alt: `Portrait of ${parsed.data.name}` };
    } catch (error) {
      const problem = error instanceof PhotoRejectedError ? error.message : "That file is not an image we can read.";
      return invalid({ photo: problem }, values);
    }
  }
  const { publicEmail, ...rest } = parsed.data;
  await createAuthor({ ...rest, publicEmail: publicEmail || null, photo }, actor.id);
  revalidatePath("/admin/authors");
  return { ok: true, message: `Author "${parsed.data.name}" saved.` };
}
