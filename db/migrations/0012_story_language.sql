ALTER TABLE "stories" ADD COLUMN "language" text DEFAULT 'en' NOT NULL;--> statement-breakpoint
ALTER TABLE "stories" ADD COLUMN "edition_group" uuid;--> statement-breakpoint
CREATE INDEX "stories_edition_idx" ON "stories" USING btree ("edition_group");