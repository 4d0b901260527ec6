-- Working copies and revision snapshots saved before stories had a language are English (lib/story/model.ts).
UPDATE "stories" SET "working" = "working" || '{"language":"en"}'::jsonb WHERE NOT ("working" ? 'language') AND "working" <> '{}'::jsonb;--> statement-breakpoint
UPDATE "revisions" SET "snapshot" = "snapshot" || '{"language":"en"}'::jsonb WHERE "snapshot" IS NOT NULL AND NOT ("snapshot" ? 'language');
