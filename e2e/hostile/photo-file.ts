import { scene } from "../../test/photos";

const xmlEscape = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A JPEG whose metadata carries hostile words, as an agency's file could: EXIF ImageDescription, Artist and
 * Copyright, and XMP dc:description, dc:creator, photoshop:Credit and the IPTC alt text, each XML-escaped as a
 * photo tool writes them. The upload route reads caption, credit and alt from them (lib/media/photo-text.ts).
 */
export async function hostileJpeg(words: {
  exif?: { description: string; artist: string; copyright: string };
  xmp?: { description: string; creator: string; credit: string; alt: string };
}): Promise<Buffer> {
  let img = (await scene(640, 420)).jpeg({ quality: 80 });
  if (words.exif)
    img = img.withExif({
      IFD0: { ImageDescription: words.exif.description, Artist: words.exif.artist, Copyright: words.exif.copyright },
    });
  if (words.xmp) {
    const x = words.xmp;
    const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlEscape(v)}</rdf:li></rdf:Alt>`;
    img = img.withXmp(
      `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">` +
        `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/">` +
        `<dc:description>${alt(x.description)}</dc:description>` +
        `<dc:creator><rdf:Seq><rdf:li>${xmlEscape(x.creator)}</rdf:li></rdf:Seq></dc:creator>` +
        `<photoshop:Credit>${xmlEscape(x.credit)}</photoshop:Credit>` +
        `<Iptc4xmpCore:AltTextAccessibility>${alt(x.alt)}</Iptc4xmpCore:AltTextAccessibility>` +
        `</rdf:Description></rdf:RDF></x:xmpmeta>`,
    );
  }
  return img.toBuffer();
}
