/** What an import did, counted per kind, with a line for everything skipped or changed and why. */

export type ImportCounts = {
  authors: { made: number; matched: number };
  sections: { made: number; matched: number; folded: number };
  tags: number;
  stories: { created: number; updated: number; unchanged: number; editedOnDesk: number; skipped: number };
  photos: { imported: number; reused: number; failed: number };
  pages: number;
  attachments: number;
  comments: number;
  legacyPaths: number;
  other: Record<string, number>;
};

export type ReportLine = { item: string; what: string };

export class ImportReport {
  counts: ImportCounts = {
    authors: { made: 0, matched: 0 },
    sections: { made: 0, matched: 0, folded: 0 },
    tags: 0,
    stories: { created: 0, updated: 0, unchanged: 0, editedOnDesk: 0, skipped: 0 },
    photos: { imported: 0, reused: 0, failed: 0 },
    pages: 0,
    attachments: 0,
    comments: 0,
    legacyPaths: 0,
    other: {},
  };
  skipped: ReportLine[] = [];
  changed: ReportLine[] = [];
  failedPhotos: ReportLine[] = [];

  skip(item: string, what: string) {
    this.counts.stories.skipped += 1;
    this.skipped.push({ item, what });
  }
  change(item: string, what: string) {
    this.changed.push({ item, what });
  }
  photoFailed(item: string, what: string) {
    this.counts.photos.failed += 1;
    this.failedPhotos.push({ item, what });
  }

  /** The report as the terminal shows it. */
  lines(dryRun: boolean): string[] {
    const c = this.counts;
    const n = (x: number) => x.toLocaleString("en");
    const would = dryRun ? " (dry run: nothing was written)" : "";
    const out = [
      `WordPress import${would}`,
      `  Stories:   ${n(c.stories.created)} new, ${n(c.stories.updated)} updated, ${n(c.stories.unchanged)} unchanged, ` +
        `${n(c.stories.editedOnDesk)} left as edited on the desk, ${n(c.stories.skipped)} skipped`,
      `  Authors:   ${n(c.authors.made)} new, ${n(c.authors.matched)} matched to existing profiles`,
      `  Sections:  ${n(c.sections.made)} new, ${n(c.sections.matched)} existing; ${n(c.sections.folded)} categories folded into them (kept as tags)`,
      `  Tags:      ${n(c.tags)}`,
      `  Photos:    ${n(c.photos.imported)} imported, ${n(c.photos.reused)} from an earlier run, ${n(c.photos.failed)} failed`,
      `  Old addresses kept (308 to the new pages): ${n(c.legacyPaths)}`,
      `  Not imported: ${n(c.comments)} comments, ${n(c.pages)} pages (--pages brings them), ${n(c.attachments)} attachments not used by a story` +
        Object.entries(c.other)
          .map(([type, count]) => `, ${n(count)} of type "${type}"`)
          .join(""),
    ];
    const section = (title: string, lines: ReportLine[]) => {
      if (!lines.length) return;
      out.push("", `${title} (${n(lines.length)}):`);
      for (const l of lines) out.push(`  ${l.item}: ${l.what}`);
    };
    section("Skipped", this.skipped);
    section("Photos that could not be brought over", this.failedPhotos);
    section("Changed on the way (what the site cannot show, and what was done instead)", this.changed);
    return out;
  }
}
