import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ServerImage } from "./server-image";

describe("ServerImage", () => {
  it("renders next/image's resized srcset as a plain img, lazy unless it is a priority photo", () => {
    const html = renderToStaticMarkup(
      <ServerImage src="/media/2026/11/a.jpg" alt="A grill at dusk" width={800} height={500} sizes="50vw" />,
    );
    expect(html).toMatch(/^<img [^>]*alt="A grill at dusk"/);
    expect(html).toContain('loading="lazy"');
    expect(html).toMatch(/srcSet="\/_next\/image\?url=%2Fmedia%2F2026%2F11%2Fa\.jpg&amp;w=\d+&amp;q=75 \d+w,/);
    expect(html).toContain('sizes="50vw"');

    // A fixed-size thumbnail: one file for ordinary screens, one for dense ones.
    const thumb = renderToStaticMarkup(<ServerImage src="/media/2026/11/a.jpg" alt="" width={96} height={64} />);
    expect(
      thumb
        .match(/srcSet="([^"]*)"/)![1]!
        .split(", ")
        .map((c) => c.split(" ")[1]),
    ).toEqual(["1x", "2x"]);

    const hero = renderToStaticMarkup(
      <ServerImage src="/media/2026/11/a.jpg" alt="" width={128} height={128} sizes="128px" priority />,
    );
    expect(hero).toContain('loading="eager"');
    expect(hero).toContain('fetchPriority="high"');
  });
});
