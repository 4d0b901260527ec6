-- Custom SQL migration file, put your code below! ---- Stories made before the working copy existed start with their live text as the working copy.
UPDATE "stories" s SET "working" = jsonb_build_object(
  'headline', s.headline, 'dek', s.dek, 'slug', s.slug, 'sectionId', s.section_id,
  'authorIds', coalesce((SELECT jsonb_agg(a.author_id ORDER BY a.position) FROM story_authors a WHERE a.story_id = s.id), '[]'::jsonb),
  'tags', coalesce((SELECT jsonb_agg(g.name) FROM story_tags t JOIN tags g ON g.id = t.tag_id WHERE t.story_id = s.id), '[]'::jsonb),
  'heroMediaId', s.hero_media_id, 'hero', '{}'::jsonb, 'body', s.body, 'seoTitle', '', 'seoDescription', '',
  'featured', s.featured
) WHERE s.working = '{}'::jsonb;
--> statement-breakpoint
-- The photos each live story shows, for the media route's "is this public" check.
INSERT INTO "story_media" ("story_id", "media_id")
SELECT DISTINCT s.id, m.id FROM stories s
JOIN media m ON m.id = s.hero_media_id
   OR m.id::text IN (SELECT jsonb_path_query(s.body, '$.** ? (@.type == "photo").attrs.mediaId') #>> '{}')
WHERE s.status = 'published'
ON CONFLICT DO NOTHING;
