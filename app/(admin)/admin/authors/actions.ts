"use server";
import { revalidatePath } from "next/cache";
import { createAuthor } from "@/db/mutations/authors";
import { deskAction } from "@/lib/desk-action";
import { invalid } from "@/lib/form-state";
import { MAX_UPLOAD_BYTES, tooLargeMessage } from "@/lib/media/limits";
import { PhotoRejectedError, storeImage } from "@/lib/media/storage";
import { authorSchema } from "@/lib/validation/author";
import { writer } from "@/db/mutations/writer";

export const createAuthorAction = deskAction(
  { name: "createAuthorAction", capability: "author.manage", schema: authorSchema },
  async (author, { actor, values, formData }) => {
    const file = formData?.get("photo");
    let photo = null;
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_UPLOAD_BYTES) return invalid({ photo: tooLargeMessage(file.size) }, values);
      try {
        photo = {
          ...(await storeImage(Buffer.from(await file.arrayBuffer()), `author-${author.name}`)),
          alt: `Portrait of ${author.name}`,
        };
      } catch (error) {
        const problem = error instanceof PhotoRejectedError ? error.message : "That file is not an image we can read.";
        return invalid({ photo: problem }, values);
      }
    }
    const { publicEmail, ...rest } = author;
    await createAuthor(await writer(), { ...rest, publicEmail: publicEmail || null, photo }, actor.id);
    revalidatePath("/admin/authors");
    return { ok: true, message: `Author "${author.name}" saved.` };
  },
);
