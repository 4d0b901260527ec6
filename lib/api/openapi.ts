import { siteUrl } from "@/lib/site-url";

/**
 * The content API's OpenAPI 3.1 document, served at /api/v1/openapi.json. The e2e suite validates every answer it
 * gets against these schemas, so a field added to lib/api/serialize.ts without a line here fails there.
 */
const str = { type: "string" } as const;
const nullableStr = { type: ["string", "null"] } as const;
const time = { type: "string", format: "date-time" } as const;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties,
});
const list = (item: unknown, extra: Record<string, unknown> = {}) =>
  obj({ data: { type: "array", items: item }, ...extra });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const problem = (description: string) => ({ description, ...json(ref("Error")) });
const common = {
  "304": { description: "Not modified: the If-None-Match ETag is current" },
  "401": problem("No key, or a revoked or unknown one"),
  "429": problem("Past the key's requests a minute; Retry-After says when to try again"),
};
const slugParam = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" },
});
const get = (summary: string, schema: unknown, parameters: unknown[] = [], extra: Record<string, unknown> = {}) => ({
  get: { summary, parameters, responses: { "200": { description: "OK", ...json(schema) }, ...common, ...extra } },
});

const summary = {
  id: { type: "string", format: "uuid" },
  slug: str,
  url: str,
  headline: str,
  dek: str,
  language: { enum: ["en", "ko"] },
  section: obj({ slug: str, name: str }),
  authors: { type: "array", items: ref("Byline") },
  published_at: time,
  updated_at: { anyOf: [time, { type: "null" }] },
  hero: { anyOf: [ref("Photo"), { type: "null" }] },
};

export function openApiDocument() {
  return {
    openapi: "3.1.0",
    info: {
      title: "Masthead content API",
      version: "1.0.0",
      description:
        "Read-only: published stories only. Send `Authorization: Bearer <key>` (keys are made by admins on the desk, Settings > API keys). Every answer carries an ETag and Cache-Control; send If-None-Match to get a 304.",
    },
    servers: [{ url: siteUrl("/api/v1") }],
    security: [{ bearer: [] }],
    paths: {
      "/stories": get(
        "Published stories, newest first",
        list(ref("StorySummary"), { next_cursor: nullableStr }),
        [
          slugParam("section", "A section's slug"),
          slugParam("tag", "A tag's slug"),
          slugParam("author", "An author's handle"),
          { name: "language", in: "query", schema: { enum: ["en", "ko"] } },
          { name: "since", in: "query", description: "Published at or after (ISO 8601)", schema: time },
          { name: "until", in: "query", description: "Published at or before (ISO 8601)", schema: time },
          { name: "cursor", in: "query", description: "next_cursor of the previous page", schema: str },
          { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 20 } },
        ],
        { "400": problem("A parameter is not valid") },
      ),
      "/stories/{slug}": get(
        "One published story",
        obj({ data: ref("Story") }),
        [{ name: "slug", in: "path", required: true, schema: str }],
        { "404": problem("No published story has this slug") },
      ),
      "/sections": get("The sections", list(ref("Section"))),
      "/tags": get("Tags with published stories", list(ref("Tag"))),
      "/authors": get("Authors with published stories", list(ref("Author"))),
      "/search": get(
        "Search published stories",
        list(ref("StorySummary"), {
          total: { type: "integer" },
          page: { type: "integer" },
          page_size: { type: "integer" },
        }),
        [
          { name: "q", in: "query", required: true, schema: { type: "string", minLength: 1, maxLength: 200 } },
          { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: 100 } },
        ],
        { "400": problem("q is missing or too long") },
      ),
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: obj({ error: obj({ code: str, message: str }) }),
        Photo: obj({
          url: str,
          alt: str,
          caption: str,
          credit: str,
          width: { type: "integer" },
          height: { type: "integer" },
          sizes: { type: "array", items: obj({ url: str, width: { type: "integer" } }) },
        }),
        Byline: obj({ slug: str, name: str, url: str }),
        StorySummary: obj(summary),
        Story: obj({
          ...summary,
          seo: obj({ title: nullableStr, description: nullableStr }),
          tags: { type: "array", items: ref("Tag") },
          body: {
            description:
              "The body as our rich-text document (paragraph, heading, blockquote, bulletList, orderedList, listItem, horizontalRule, photo; marks bold, italic, strike, link)",
            type: "object",
            required: ["type", "content"],
            properties: { type: { const: "doc" }, content: { type: "array" } },
          },
          body_html: { type: "string", description: "The same body as HTML, every text escaped" },
          photos: { type: "array", items: ref("Photo") },
          corrections: {
            type: "array",
            items: obj({ kind: { enum: ["correction", "update"] }, text: str, created_at: time }),
          },
          editions: { type: "array", items: obj({ language: { enum: ["en", "ko"] }, url: str }) },
        }),
        Section: obj({ slug: str, name: str, description: str, url: str }),
        Tag: obj({ slug: str, name: str, url: str }, ["slug", "name"]),
        Author: obj({
          slug: str,
          name: str,
          kind: { enum: ["person", "desk"] },
          bio: str,
          email: nullableStr,
          url: str,
        }),
      },
    },
  };
}
