import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { FIELD_MAX, readWxr, WxrError, type WxrRecord } from "./wxr";

const read = async (...chunks: string[]) => {
  const out: WxrRecord[] = [];
  for await (const r of readWxr(Readable.from(chunks.map((c) => Buffer.from(c))))) out.push(r);
  return out;
};
const head = `<?xml version="1.0" encoding="UTF-8" ?><rss version="2.0" xmlns:wp="http://wordpress.org/export/1.1/"><channel><title>T</title><wp:wxr_version>1.1</wp:wxr_version><wp:base_site_url>https://s.example</wp:base_site_url>`;

describe("reading a WordPress export as it streams", () => {
  it("hands over items whole, even when a chunk ends inside a tag or a multi-byte letter", async () => {
    const xml = `${head}<item><title><![CDATA[한인타운 & <b>news</b>]]></title><wp:post_id>9</wp:post_id><wp:post_type>post</wp:post_type><category domain="post_tag" nicename="t"><![CDATA[T]]></category><wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>4</wp:meta_value></wp:postmeta><wp:comment><wp:comment_content>hi</wp:comment_content></wp:comment></item></channel></rss>`;
    const bytes = Buffer.from(xml);
    const cut = bytes.indexOf(Buffer.from("인")) + 1;
    const out: WxrRecord[] = [];
    for await (const r of readWxr(Readable.from([bytes.subarray(0, cut), bytes.subarray(cut)]))) out.push(r);
    expect(out[0]).toMatchObject({ kind: "site", site: { version: "1.1", baseSiteUrl: "https://s.example" } });
    expect(out[1]).toMatchObject({
      kind: "item",
      item: {
        title: "한인타운 & <b>news</b>",
        postId: "9",
        meta: { _thumbnail_id: "4" },
        comments: 1,
        terms: [{ domain: "post_tag", slug: "t", name: "T" }],
      },
    });
  });

  it("refuses an entity expansion bomb without expanding anything", async () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><title>&lol2;</title></channel></rss>`;
    await expect(read(bomb)).rejects.toThrow(/declares its own XML entities/);
  });

  it("refuses files that are not WordPress exports, with a sentence", async () => {
    await expect(read("PK\u0003\u0004 binary")).rejects.toThrow(WxrError);
    await expect(read("<html><body>hi</body></html>")).rejects.toThrow(/root is not <rss>/);
    await expect(
      read(`<rss><channel><title>feed</title><item><title>x</title></item></channel></rss>`),
    ).rejects.toThrow(/no wp:wxr_version/);
  });

  it("marks an item whose field is longer than it keeps, instead of holding it all", async () => {
    const huge = "a".repeat(FIELD_MAX + 10);
    const out = await read(
      head,
      "<item><wp:post_id>1</wp:post_id><content:encoded>",
      huge,
      "</content:encoded></item></channel></rss>",
    );
    const item = out.find((r) => r.kind === "item");
    expect(item).toMatchObject({ item: { oversized: "content:encoded", postId: "1" } });
    expect((item as { item: { content: string } }).item.content.length).toBeLessThan(FIELD_MAX);
  });
});
