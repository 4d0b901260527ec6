"use client";
import { controlClass, TextControl } from "@/components/desk/text-control";
import { isLanguage, offeredLanguages, readerStrings } from "@/lib/content/language";
import { slugify } from "@/lib/content/slug";
import type { DeskOptions, WorkingCopy } from "@/lib/story/desk-types";

type Props = {
  working: WorkingCopy;
  update: (patch: Partial<WorkingCopy>) => void;
  readOnly: boolean;
  options: DeskOptions;
  /** The slug follows the headline until someone edits it by hand, and only while the story was never published. */
  slugFollows: boolean;
  onSlugEdited: () => void;
  /** The live story's current slug, when it has one: changing it leaves a redirect behind. */
  liveSlug: string | null;
};

/** Headline, dek, slug and section: the words and the address. */
export function StoryFields({ working, update, readOnly, options, slugFollows, onSlugEdited, liveSlug }: Props) {
  const slugHint =
    liveSlug && working.slug !== liveSlug ? (
      <>
        This story is live at “{liveSlug}”. When you publish the new slug, the old address will redirect to the new one.
      </>
    ) : slugFollows ? (
      "Made from the headline until you change it."
    ) : (
      "Lowercase letters, digits and hyphens."
    );
  return (
    <>
      <TextControl
        id="field-headline"
        label="Headline"
        value={working.headline}
        readOnly={readOnly}
        maxLength={300}
        multiline={2}
        lang={working.language}
        inputClassName="font-serif text-2xl font-bold resize-none field-sizing-content"
        // A headline is one line; a textarea only lets a long one wrap where it can be read.
        onChange={(value) => {
          const headline = value.replace(/(?<!\s)\s*\n\s*/g, " ");
          update(slugFollows ? { headline, slug: slugify(headline) } : { headline });
        }}
      />
      <TextControl
        id="field-dek"
        label="Dek"
        value={working.dek}
        readOnly={readOnly}
        multiline={3}
        lang={working.language}
        inputClassName="field-sizing-content min-h-20"
        maxLength={600}
        onChange={(dek) => update({ dek })}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextControl
          id="field-slug"
          label="Slug"
          value={working.slug}
          readOnly={readOnly}
          maxLength={120}
          hint={slugHint}
          onChange={(slug) => {
            onSlugEdited();
            update({ slug: slug.toLowerCase().replace(/\s+/g, "-") });
          }}
        />
        <div className="mb-4">
          <label htmlFor="field-section" className="block font-sans text-sm font-semibold">
            Section
          </label>
          <select
            id="field-section"
            value={working.sectionId}
            disabled={readOnly}
            className={controlClass}
            onChange={(e) => update({ sectionId: e.target.value })}
          >
            {!working.sectionId && <option value="">Choose a section</option>}
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div className="mb-4">
          <label htmlFor="field-language" className="block font-sans text-sm font-semibold">
            Language
          </label>
          <select
            id="field-language"
            value={working.language ?? "en"}
            disabled={readOnly}
            className={controlClass}
            onChange={(e) => {
              const language = e.target.value;
              if (isLanguage(language)) update({ language });
            }}
          >
            {offeredLanguages(options, working.language).map((l) => (
              <option key={l} value={l} lang={l}>
                {readerStrings[l].englishName}
                {l !== "en" ? ` (${readerStrings[l].name})` : ""}
              </option>
            ))}
          </select>
        </div>
      </div>
    </>
  );
}

/** SEO overrides, folded away: most stories use the headline and dek. */
export function SeoFields({
  working,
  update,
  readOnly,
  canFeature,
}: {
  working: WorkingCopy;
  update: (patch: Partial<WorkingCopy>) => void;
  readOnly: boolean;
  canFeature: boolean;
}) {
  return (
    <details
      className="mb-6 rounded border border-rule px-4 py-2 font-sans"
      open={!!(working.seoTitle || working.seoDescription) || undefined}
    >
      <summary className="cursor-pointer py-1 text-sm font-semibold">Search and sharing</summary>
      <div className="pt-3">
        <TextControl
          id="field-seo-title"
          label="SEO title"
          value={working.seoTitle}
          readOnly={readOnly}
          maxLength={120}
          hint="Leave empty to use the headline."
          onChange={(seoTitle) => update({ seoTitle })}
        />
        <TextControl
          id="field-seo-description"
          label="SEO description"
          value={working.seoDescription}
          readOnly={readOnly}
          maxLength={300}
          multiline={2}
          hint="Leave empty to use the dek."
          onChange={(seoDescription) => update({ seoDescription })}
        />
        {canFeature && (
          <label className="mb-3 flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={working.featured}
              disabled={readOnly}
              onChange={(e) => update({ featured: e.target.checked })}
            />
            Feature on the home page
          </label>
        )}
      </div>
    </details>
  );
}
