import { docToPlainText } from "../content/rich-text/text";
import type { StoryField, WorkingCopy } from "./model";
import { photoIds } from "./photos";

const blankToNull = (s: string | undefined) => s?.trim() || null;

/**
 * What readers get from a working copy, field by field: Publish writes exactly this onto the live columns and links,
 * and the desk's preview shows exactly this, so the two cannot drift. A field missing here is a compile error.
 * "links" fields are written as rows (authors, tags) rather than columns.
 */
const liveFields = {
  headline: (w) => ({ headline: w.headline }),
  dek: (w) => ({ dek: w.dek }),
  body: (w) => ({ body: w.body, bodyText: docToPlainText(w.body) }),
  slug: (w) => ({ slug: w.slug }),
  sectionId: (w) => ({ sectionId: w.sectionId }),
  language: (w) => ({ language: w.language }),
  authorIds: "links",
  tags: "links",
  heroMediaId: (w) => ({ heroMediaId: w.heroMediaId }),
  hero: (w) => ({
    heroAlt: blankToNull(w.hero.alt),
    heroCaption: blankToNull(w.hero.caption),
    heroCredit: blankToNull(w.hero.credit),
  }),
  seoTitle: (w) => ({ seoTitle: blankToNull(w.seoTitle) }),
  seoDescription: (w) => ({ seoDescription: blankToNull(w.seoDescription) }),
  featured: (w) => ({ featured: w.featured }),
} satisfies { [K in StoryField]: ((w: WorkingCopy) => object) | "links" };

type Projected<F> = F extends (w: WorkingCopy) => infer R ? R : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type LiveColumns = UnionToIntersection<Projected<(typeof liveFields)[StoryField]>>;

export type LiveStory = {
  columns: LiveColumns;
  authorIds: string[];
  tagNames: string[];
  photoIds: string[];
};

export function toLive(w: WorkingCopy): LiveStory {
  const columns = {} as LiveColumns;
  for (const project of Object.values(liveFields)) if (project !== "links") Object.assign(columns, project(w));
  return { columns, authorIds: [...w.authorIds], tagNames: [...w.tags], photoIds: photoIds(w) };
}
