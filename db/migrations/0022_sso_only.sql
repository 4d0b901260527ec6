ALTER TABLE "sessions" ADD COLUMN "method" text DEFAULT 'password' NOT NULL;--> statement-breakpoint
ALTER TABLE "site_settings" ADD COLUMN "sso_only" boolean DEFAULT false NOT NULL;