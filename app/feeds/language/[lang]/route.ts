import { connection } from "next/server";
import { buildRss, xmlResponse } from "@/lib/feeds/rss";
import { isLanguage, stringsFor } from "@/lib/content/language";
import { readLanguageStories, readSettings } from "@/lib/reads";

/** A language edition's feed: /feeds/language/ko, /feeds/language/en. */
export async function GET(_req: Request, { params }: { params: Promise<{ lang: string }> }) {
  await connection();
  const { lang } = await params;
  if (!isLanguage(lang)) return new Response("Not found", { status: 404 });
  const [settings, { items }] = await Promise.all([readSettings(), readLanguageStories(lang, 1, 30)]);
  const t = stringsFor(lang).front;
  return xmlResponse(
    buildRss(
      {
        title: `${t.title} | ${settings.siteName}`,
        description: t.description,
        path: `/${lang}`,
        feedPath: `/feeds/language/${lang}`,
        siteName: settings.siteName,
        language: lang,
      },
      items,
    ),
  );
}
