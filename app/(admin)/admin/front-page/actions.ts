"use server";
import { revalidateTag } from "next/cache";
import { getFrontLayout } from "@/db/queries/front-page";
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

// Readers see a change at once: the cached reads expire now, and nginx is asked to fetch "/" again. Other pages
// (the banner is on every one) pick the change up when their one-second proxy copy runs out.
function expire(tag: string) {
  revalidateTag(tag, { expire: 0 });
  refreshProxyCache(["/"]);
}

export const saveFrontPageAction = deskAction(
  { name: "saveFrontPageAction", capability: "frontpage.manage", schema: saveFrontPageSchema },
  async ({ layout }, { actor, values }) => {
    await saveFrontLayout(await writer(), layout, actor.id);
    expire(cacheTags.frontPage);
    return { ok: true, message: "Front page saved. Readers see it now.", values };
  },
);

export const restoreFrontPageAction = deskAction(
  { name: "restoreFrontPageAction", capability: "frontpage.manage", schema: restoreFrontPageSchema },
  async ({ id }, { actor, values }) => {
    const layout = await getFrontLayout(id);
    if (!layout) return { ok: false, message: "That layout no longer exists.", values };
    await saveFrontLayout(await writer(), layout, actor.id, id);
    expire(cacheTags.frontPage);
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
