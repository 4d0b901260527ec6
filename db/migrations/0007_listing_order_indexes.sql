DROP INDEX "stories_published_idx";--> statement-breakpoint
DROP INDEX "stories_section_published_idx";--> statement-breakpoint
DROP INDEX "stories_featured_idx";--> statement-breakpoint
CREATE INDEX "stories_published_idx" ON "stories" USING btree ("status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_section_published_idx" ON "stories" USING btree ("section_id","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "stories_featured_idx" ON "stories" USING btree ("featured","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST) WHERE "stories"."status" = 'published';