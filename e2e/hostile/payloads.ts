/**
 * Script-injection payloads of our own, written into every staff text field by e2e/hostile/seed.ts and read back by
 * e2e/hostile.spec.ts. Each one, if it ever ran, calls window.__xss() (or alert): the spec fails on either.
 * No NUL (PostgreSQL text cannot hold it) and no leading or trailing spaces, so "reads back unchanged" is exact.
 */
const run = "__xss()";
const tags = [
  `<script>${run}</script>`,
  `<script src="data:text/javascript,${run}"></script>`,
  `<img src=x onerror=${run}>`,
  `<img src="x" onerror="${run}">`,
  `<svg onload=${run}>`,
  `<svg><script>${run}</script></svg>`,
  `<body onload=${run}>`,
  `<iframe src="javascript:${run}"></iframe>`,
  `<iframe srcdoc="<script>parent.${run}</script>">`,
  `<object data="javascript:${run}">`,
  `<embed src="javascript:${run}">`,
  `<details open ontoggle=${run}>`,
  `<input autofocus onfocus=${run}>`,
  `<video><source onerror=${run}></video>`,
  `<audio src=x onerror=${run}>`,
  `<marquee onstart=${run}>`,
  `<a href="javascript:${run}">click</a>`,
  `<form action="javascript:${run}"><button>go</button></form>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${run}>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<style>@import 'javascript:${run}';</style>`,
  `<link rel=stylesheet href="javascript:${run}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<base href="javascript:${run}//">`,
  `<template><script>${run}</script></template>`,
  `<textarea></textarea><script>${run}</script>`,
  `<title></title><script>${run}</script>`,
  `<select><option><img src=x onerror=${run}></option></select>`,
  `<table><td background="javascript:${run}">`,
  `<div style="background:url(javascript:${run})">x</div>`,
  `<isindex action=javascript:${run} type=image>`,
  `<xss onclick=${run}>tap</xss>`,
];
const attributes = [
  `" onmouseover="${run}`,
  `' onfocus='${run}' autofocus='`,
  `"><script>${run}</script>`,
  `'><script>${run}</script>`,
  `" autofocus onfocus=${run} x="`,
  `\` onerror=${run} \``,
  `"/><img src=x onerror=${run}>`,
  `' style='x:expression(${run})'`,
  `"onload="${run}`,
  `a" href="javascript:${run}`,
];
const urls = [
  `javascript:${run}`,
  `JaVaScRiPt:${run}`,
  ` javascript:${run}`,
  `java\tscript:${run}`,
  `java\nscript:${run}`,
  `&#106;avascript:${run}`,
  `data:text/html,<script>${run}</script>`,
  `data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+`,
  `vbscript:msgbox(1)`,
  `javascript://%0a${run}`,
  `\u0001javascript:${run}`,
  `jav&#x09;ascript:${run}`,
];
const terminators = [
  `]]><script>${run}</script>`,
  `]]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">${run}</x:script>`,
  `<![CDATA[</title><script>${run}</script>]]>`,
  `]]>]]>]]>`,
  `--><script>${run}</script><!--`,
  `<!--<script>${run}</script>-->`,
  `</script><script>${run}</script>`,
  `</script ><script>${run}</script>`,
  `</SCRIPT><script>${run}</script>`,
  `</title><script>${run}</script>`,
  `</textarea><script>${run}</script>`,
  `</style><script>${run}</script>`,
  `</noscript><script>${run}</script>`,
  `<?xml version="1.0"?><x/>`,
  `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;`,
  `&lt;script&gt;${run}&lt;/script&gt;`,
  `&amp;&lt;&gt;&quot;&#39;`,
  `&#60;script&#62;${run}&#60;/script&#62;`,
  `&e; &nbsp; &copy;`,
  `"}]</script><script>${run}</script>`,
  `\\u003cscript\\u003e${run}\\u003c/script\\u003e`,
  `{"@context":"x","a":"</script>"}`,
  `\u2028</script>\u2029<script>${run}</script>`,
  `{{constructor.constructor('${run}')()}}`,
  `\${${run}}`,
  `#{${run}}`,
  `<%= ${run} %>`,
];
const unicode = [
  `＜script＞${run}＜/script＞`,
  `\u202Egnp.exe\u202C<script>${run}</script>`,
  `zero\u200Bwidth<scr\u200Bipt>${run}</script>`,
  `\uFEFF<script>${run}</script>`,
  `e\u0301\u0301\u0301 combining <b>bold</b>`,
  `𝒮𝒸𝓇𝒾𝓅𝓉 <img src=x onerror=${run}> 🧨`,
  `한국어 <script>${run}</script> 제목`,
  `עברית <svg onload=${run}>`,
  `\u0130stanbul <i>i</i> \u0131`,
  `\u00A0nbsp<b>x</b>\u00A0`,
  `%3Cscript%3E${run}%3C%2Fscript%3E`,
  `%253Cscript%253E`,
  `\\x3cscript\\x3e${run}\\x3c/script\\x3e`,
  `\u180Emongolian<script>${run}</script>`,
  `ctl\u00ADsoft<script>${run}</script>`,
  `tab\there<script>${run}</script>`,
  `line\nbreak<script>${run}</script>`,
  `${"<script>".repeat(30)}${run}`,
];
const misc = [
  `<<script>script>${run}<</script>/script>`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `<script\x20type="text/javascript">${run}</script>`,
  `<script/src="data:,${run}"></script>`,
  `<img """><script>${run}</script>">`,
  `<img src=javascript:${run}>`,
  `<a href=javascript&colon;${run}>x</a>`,
  `<svg><a xlink:href="javascript:${run}"><text>x</text></a></svg>`,
  `<svg><animate onbegin=${run} attributeName=x dur=1s>`,
  `<x contenteditable onblur=${run}>lose focus</x>`,
  `"><iframe onload=${run}>`,
  `javascript:/*--></title></style></textarea></script><svg/onload='+/"/+/onmouseover=1/+/[*/[]/+${run}//'>`,
  `');${run};//`,
  `";${run};//`,
  `\\";${run};//`,
  `<img src=1 href=1 onerror="javascript:${run}"></img>`,
];

export const payloads: string[] = [...tags, ...attributes, ...urls, ...terminators, ...unicode, ...misc].map((p) =>
  p.trim(),
);
/** Link targets: only http(s) and mailto may reach a page (lib/content/rich-text/render.tsx). */
export const hostileHrefs = urls;

const at = (i: number) => payloads[i % payloads.length]!;
const storyFields = ["headline", "dek", "body", "bold", "link", "caption", "credit", "alt"] as const;

/** Which payload goes where: one function both the seed and the spec read, so they agree. */
export function hostilePlan() {
  const perStory = storyFields.length;
  const storyCount = Math.ceil(payloads.length / perStory);
  const stories = Array.from({ length: storyCount }, (_, i) => {
    const f = Object.fromEntries(storyFields.map((k, j) => [k, at(i * perStory + j)])) as Record<
      (typeof storyFields)[number],
      string
    >;
    return {
      slug: `hostile-${i}`,
      section: i % 2 ? "hostile-b" : "hostile-a",
      href: hostileHrefs[i % hostileHrefs.length]!,
      ...f,
    };
  });
  const authors = Array.from({ length: 6 }, (_, i) => ({
    slug: `hostile-author-${i}`,
    name: at(7 * i + 3),
    bio: at(7 * i + 5),
  }));
  const tags = Array.from({ length: 6 }, (_, i) => ({ slug: `hostile-tag-${i}`, name: at(11 * i + 1) }));
  const sections = [
    { slug: "hostile-a", name: at(2), description: at(4) },
    { slug: "hostile-b", name: at(9), description: at(13) },
  ];
  const settings = { siteName: at(0), tagline: at(6) };
  return { stories, authors, tags, sections, settings };
}
