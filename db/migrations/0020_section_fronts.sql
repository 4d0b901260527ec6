DROP INDEX "front_page_layouts_created_idx";--> statement-breakpoint
ALTER TABLE "front_page_layouts" ADD COLUMN "section_id" uuid;--> statement-breakpoint
ALTER TABLE "front_page_layouts" ADD CONSTRAINT "front_page_layouts_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "front_page_layouts_created_idx" ON "front_page_layouts" USING btree ("section_id","created_at" DESC NULLS LAST);