CREATE TABLE "section_editors" (
	"section_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "section_editors_section_id_user_id_pk" PRIMARY KEY("section_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "section_editors" ADD CONSTRAINT "section_editors_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_editors" ADD CONSTRAINT "section_editors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "section_editors_user_idx" ON "section_editors" USING btree ("user_id");