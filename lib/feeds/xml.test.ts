import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { el, xmlDocument, xmlText } from "./xml";

const nasty = [
  "]]>]]><script>alert(1)</script>",
  "<![CDATA[x]]>",
  '</title><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
  "&amp; &lt; &#x3C; &",
  "\"'<>",
  "-->",
  "<!--",
  "a\u0000b\u0007c\u001Fd",
  "\uD800 lone",
  "emoji 🧨 ok",
  "\uFFFE\uFFFF",
];

describe("xml writer", () => {
  it.each(nasty)("writes %j as text that parses back (less what XML cannot hold)", (text) => {
    const doc = xmlDocument(el("root", { a: text }, el("t", null, text)));
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: false,
      parseTagValue: false,
      trimValues: false,
    }).parse(doc);
    const expected = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\uD800/g, "");
    expect(parsed.root.t).toBe(expected);
    expect(parsed.root["@_a"]).toBe(expected);
    expect(doc).not.toContain("<script");
  });

  it("escapes every markup character", () => {
    expect(xmlText(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
  });
});
