import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { packageRoot } from "../../src/store/paths.js";
import { round } from "../lib/stats.js";

export interface FrontendWeight {
  /** JavaScript the console's page loads before anything is shown: the entry and its preloads. */
  initialJsKb: number;
  initialJsGzipKb: number;
  initialFiles: string[];
  /** The largest chunks loaded only when a page needs them (charts, maps …), gzipped. */
  lazyChunks: { file: string; gzipKb: number }[];
  lazyJsGzipKb: number;
}

const kb = (bytes: number) => round(bytes / 1024, 1);
const gzipSize = (path: string) => gzipSync(readFileSync(path)).length;

/** (4) Weighs the built console (dist/web): what the sign-in page and the list load, and what waits. */
export function frontendWeight(): FrontendWeight | null {
  const web = join(packageRoot(), "dist", "web");
  const indexFile = join(web, "index.html");
  if (!existsSync(indexFile)) return null;
  const html = readFileSync(indexFile, "utf8");
  const initial = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\/([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const assets = join(web, "assets");
  const lazy = readdirSync(assets)
    .filter((f) => f.endsWith(".js") && !initial.includes(`assets/${f}`))
    .map((f) => ({ file: `assets/${f}`, gzipKb: kb(gzipSize(join(assets, f))) }))
    .sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    initialJsKb: kb(initial.reduce((s, f) => s + readFileSync(join(web, f)).length, 0)),
    initialJsGzipKb: kb(initial.reduce((s, f) => s + gzipSize(join(web, f)), 0)),
    initialFiles: initial,
    lazyChunks: lazy.slice(0, 5),
    lazyJsGzipKb: round(
      lazy.reduce((s, c) => s + c.gzipKb, 0),
      1,
    ),
  };
}
