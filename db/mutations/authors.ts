import "server-only";
import type { Database } from "../client";
import { like } from "drizzle-orm";
import { authors, media } from "../schema";
import type { StoredImage } from "@/lib/content/stored-image";
import { slugify } from "@/lib/content/slug";
import { recordAudit } from "./audit";

/** A new byline (a person or a desk); the slug is made from the name and kept unique. */
export async function createAuthor(
  db: Database,
  input: {
    name: string;
    kind: "person" | "desk";
    publicEmail: string | null;
    bio: string;
    photo: (StoredImage & { alt: string }) | null;
  },
  actorId: string,
): Promise<string> {
  return db.transaction(async (tx) => {
    const base = slugify(input.name, 60) || "author";
    const taken = new Set(
      (
        await tx
          .select({ slug: authors.slug })
          .from(authors)
          .where(like(authors.slug, `${base}%`))
      ).map((r) => r.slug),
    );
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    let photoId: string | null = null;
    if (input.photo) {
      const { alt, ...stored } = input.photo;
      const [row] = await tx
        .insert(media)
        .values({ ...stored, altText: alt, caption: input.name, uploadedBy: actorId })
        .returning({ id: media.id });
      photoId = row!.id;
    }
    const [row] = await tx
      .insert(authors)
      .values({ name: input.name, kind: input.kind, publicEmail: input.publicEmail, bio: input.bio, slug, photoId })
      .returning({ id: authors.id });
    await recordAudit(tx, { actorId, action: "author.create", entityType: "author", entityId: row!.id });
    return row!.id;
  });
}
