import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

// librsvg takes 0.2-0.4 s to draw one scene, and a test run seeds the demo newsroom twenty times or more (7 s of
// CPU each). The JPEG depends only on the SVG, the quality and libvips, so it is kept under their hash in the
// checkout's node_modules cache and drawn once. With no node_modules here (a seed run from elsewhere), no cache.
const cacheDir = path.resolve("node_modules/.cache/masthead-seed-photos");

async function svgToJpeg(svg: string, quality: number): Promise<Buffer> {
  if (!existsSync(path.dirname(path.dirname(cacheDir)))) return sharp(Buffer.from(svg)).jpeg({ quality }).toBuffer();
  const hash = createHash("sha256").update(`${sharp.versions.vips}\n${quality}\n${svg}`).digest("hex");
  const file = path.join(cacheDir, `${hash.slice(0, 32)}.jpg`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return cached;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality }).toBuffer();
  // Written under a name of its own, then renamed: seeds running side by side never read half a file.
  await mkdir(cacheDir, { recursive: true });
  const partial = `${file}.${randomUUID()}`;
  await writeFile(partial, jpeg);
  await rename(partial, file);
  return jpeg;
}

// Deterministic pseudo-random numbers, so a seed makes the same pictures every time.
function rng(seed: string) {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** An abstract city scene (sky, skyline, street) in the photo's hue, as a JPEG made with sharp. */
export async function makeScenePhoto(key: string, hue: number, width = 1600, height = 1000): Promise<Buffer> {
  const rand = rng(key);
  const buildings: string[] = [];
  let x = -20;
  while (x < width) {
    const w = 60 + rand() * 160;
    const h = height * (0.2 + rand() * 0.45);
    const light = 18 + rand() * 22;
    buildings.push(
      `<rect x="${x.toFixed(0)}" y="${(height * 0.78 - h).toFixed(0)}" width="${w.toFixed(0)}" height="${h.toFixed(0)}" fill="hsl(${hue},25%,${light.toFixed(0)}%)"/>`,
    );
    for (let wy = height * 0.78 - h + 20; wy < height * 0.74; wy += 34) {
      for (let wx = x + 12; wx < x + w - 20; wx += 28) {
        if (rand() > 0.55)
          buildings.push(
            `<rect x="${wx.toFixed(0)}" y="${wy.toFixed(0)}" width="12" height="16" fill="hsl(${(hue + 40) % 360},80%,78%)" opacity="0.8"/>`,
          );
      }
    }
    x += w + 4;
  }
  const sun = `<circle cx="${(width * (0.15 + rand() * 0.7)).toFixed(0)}" cy="${(height * (0.15 + rand() * 0.2)).toFixed(0)}" r="${(40 + rand() * 50).toFixed(0)}" fill="hsl(${(hue + 30) % 360},90%,85%)" opacity="0.9"/>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 25) % 360},60%,84%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>${sun}${buildings.join("")}
    <rect y="${(height * 0.78).toFixed(0)}" width="100%" height="${(height * 0.22).toFixed(0)}" fill="hsl(${hue},12%,22%)"/>
    <rect y="${(height * 0.88).toFixed(0)}" width="100%" height="6" fill="hsl(50,80%,70%)" opacity="0.7"/>
  </svg>`;
  return svgToJpeg(svg, 82);
}

/** A square portrait placeholder: a coloured disc with initials. */
export async function makePortrait(initials: string, hue: number, size = 480): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="100%" height="100%" fill="hsl(${hue},35%,88%)"/>
    <circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.2}" fill="hsl(${hue},35%,45%)"/>
    <ellipse cx="${size / 2}" cy="${size * 0.98}" rx="${size * 0.36}" ry="${size * 0.32}" fill="hsl(${hue},35%,45%)"/>
    <text x="${size / 2}" y="${size * 0.44}" font-family="sans-serif" font-size="${size * 0.12}" font-weight="700" fill="white" text-anchor="middle">${initials}</text>
  </svg>`;
  return svgToJpeg(svg, 85);
}
