"use server";
import { revalidateTag } from "next/cache";
import { getFrontLayout } from "@/db/queries/front-page";
import { listSections } from "@/db/queries/settings";
import { postBanner, saveFrontLayout, takeDownBanners } from "@/db/mutations/front-page";
import { cacheTags } from "@/lib/cache-tags";
import { deskAction } from "@/lib/desk-action";
import { refreshProxyCache } from "@/lib/proxy-cache";
import {
  emptySchema,
  postBannerSchema,
  restoreFrontPageSchema,
  saveFrontPageSchema,
} from "@/lib/validation/front-page";
import { writer } from "@/db/mutations/writer";

// Readers see a change at once: the cached reads expire now, and nginx is asked to fetch the front ("/", or the
// section's page) again. Other pages (the banner is on every one) pick the change up when their one-second proxy
// copy runs out.
function expire(tag: string, path = "/") {
  revalidateTag(tag, { expire: 0 });
  refreshProxyCache([path]);
}

/** The reader path of a front: "/" for the front page, the section's page for its front; null for no such section. */
async function frontPath(sectionId: string | null): Promise<string | null> {
  if (!sectionId) return "/";
  const section = (await listSections()).find((s) => s.id === sectionId);
  return section ? `/${section.slug}` : null;
}

export const saveFrontPageAction = deskAction(
  { name: "saveFrontPageAction", capability: "frontpage.manage", schema: saveFrontPageSchema },
  async ({ layout, section }, { actor, values }) => {
    const path = await frontPath(section);
    if (!path) return { ok: false, message: "That section no longer exists.", values };
    await saveFrontLayout(await writer(), section ? { ...layout, sections: [] } : layout, actor.id, undefined, section);
    expire(cacheTags.frontPage, path);
    return { ok: true, message: `${section ? "Section front" : "Front page"} saved. Readers see it now.`, values };
  },
);

export const restoreFrontPageAction = deskAction(
  { name: "restoreFrontPageAction", capability: "frontpage.manage", schema: restoreFrontPageSchema },
  async ({ id }, { actor, values }) => {
    const saved = await getFrontLayout(id);
    const path = saved && (await frontPath(saved.sectionId));
    if (!saved || !path) return { ok: false, message: "That layout no longer exists.", values };
    await saveFrontLayout(await writer(), saved.layout, actor.id, id, saved.sectionId);
    expire(cacheTags.frontPage, path);
    return { ok: true, message: "Earlier layout restored as the newest version.", values };
  },
);

export const postBannerAction = deskAction(
  { name: "postBannerAction", capability: "frontpage.manage", schema: postBannerSchema },
  async (banner, { actor, values }) => {
    await postBanner(await writer(), banner, actor.id);
    expire(cacheTags.banner);
    return { ok: true, message: "Banner posted.", values };
  },
);

export const takeDownBannerAction = deskAction(
  { name: "takeDownBannerAction", capability: "frontpage.manage", schema: emptySchema },
  async (_input, { actor, values }) => {
    const n = await takeDownBanners(await writer(), actor.id);
    expire(cacheTags.banner);
    return { ok: true, message: n ? "Banner taken down." : "No banner was up.", values };
  },
);
