import { z } from "zod";
import { slugify } from "@/lib/content/slug";
import { decodePath } from "@/lib/legacy-paths";
import type { WxrTerm } from "./wxr";

/**
 * WordPress categories (nested, often dozens) folded into the newsroom's few sections. Without a mapping file each
 * top-level category is a section and its children fold into it; a mapping file names the section for any category
 * (a child's mapping wins over its parent's). A folded category's name stays on its stories as a tag, so nothing
 * a reader could browse by is lost.
 */

export const mappingSchema = z.object({
  // WordPress category slug -> our section slug
  sections: z
    .record(
      z.string(),
      z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Section slugs are lowercase words joined by hyphens."),
    )
    .default({}),
  // The section for posts with no category, or only "Uncategorized"
  default: z.string().optional(),
  // Names for sections the import makes (slug -> name); else the category's name
  names: z.record(z.string(), z.string().min(1).max(80)).default({}),
});
export type Mapping = z.infer<typeof mappingSchema>;

export function parseMapping(json: string): Mapping {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error("The mapping file is not JSON.");
  }
  const parsed = mappingSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `The mapping file: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return parsed.data;
}

// Top-level paths of the site's own pages: a section there would be hidden behind them.
const TAKEN = new Set([
  "admin",
  "api",
  "authors",
  "tags",
  "search",
  "feeds",
  "media",
  "preview",
  "login",
  "sitemaps",
  "ko",
  "en",
]);

const decoded = (slug: string) => decodePath(slug) ?? slug;

/** A source slug or name as one of ours ("%ed%95%9c%ec%9d%b8" -> "hanin"). */
export function ourSlug(slug: string, fallback: string): string {
  const s = slugify(decoded(slug), 60) || slugify(fallback, 60) || "section";
  return TAKEN.has(s) ? `${s}-section` : s;
}

export type SectionChoice = { slug: string; name: string; description: string; foldedFrom: string | null };

export class SectionPlan {
  private bySlug = new Map<string, WxrTerm>();
  private byId = new Map<string, WxrTerm>();
  constructor(
    categories: WxrTerm[],
    private mapping: Mapping,
  ) {
    for (const c of categories) {
      this.bySlug.set(c.slug, c);
      if (c.id) this.byId.set(c.id, c);
    }
  }

  slugOfId(id: string): string | null {
    return this.byId.get(id)?.slug ?? null;
  }

  /** The category and its parents, nearest first (a loop in the parents stops the walk). */
  private chain(slug: string): WxrTerm[] {
    const out: WxrTerm[] = [];
    const seen = new Set<string>();
    for (let t = this.bySlug.get(slug); t && !seen.has(t.slug); t = t.parent ? this.bySlug.get(t.parent) : undefined) {
      seen.add(t.slug);
      out.push(t);
    }
    return out;
  }

  /** The category's address on the old site under /category/: its parents' slugs, then its own. */
  pathOf(slug: string): string {
    return this.chain(slug)
      .map((t) => t.slug)
      .reverse()
      .join("/");
  }

  /** The section for a post's category (null: the default section, chosen by the caller). */
  sectionFor(categorySlug: string | null, categoryName = ""): SectionChoice | null {
    if (!categorySlug || categorySlug === "uncategorized") return this.defaultChoice();
    const chain = this.chain(categorySlug);
    const own = chain[0] ?? { slug: categorySlug, name: categoryName, description: "", parent: "" };
    // A mapping may name a category by its slug as the export writes it ("%ec%97%b0%ec%98%88") or as read ("연예").
    const target = (slug: string) => this.mapping.sections[slug] ?? this.mapping.sections[decoded(slug)];
    const mapped = chain.find((t) => target(t.slug)) ?? (target(categorySlug) ? own : null);
    const top = chain[chain.length - 1] ?? own;
    const slug = mapped ? target(mapped.slug)! : ourSlug(top.slug, top.name);
    const source = [...chain].reverse().find((t) => ourSlug(t.slug, t.name) === slug);
    const foldedFrom = ourSlug(own.slug, own.name) === slug ? null : own.name || own.slug;
    return {
      slug,
      name: this.mapping.names[slug] ?? source?.name ?? titleOf(slug),
      description: source?.description ?? "",
      foldedFrom,
    };
  }

  private defaultChoice(): SectionChoice | null {
    const slug = this.mapping.default;
    return slug ? { slug, name: this.mapping.names[slug] ?? titleOf(slug), description: "", foldedFrom: null } : null;
  }
}

const titleOf = (slug: string) => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
