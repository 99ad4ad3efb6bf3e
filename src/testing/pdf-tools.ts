import { execFileSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromiumPath } from "../services/bulletin/chromium.js";

const POPPLER = ["pdftotext", "pdffonts", "pdftoppm"];

function onPath(tool: string): boolean {
  return (process.env.PATH ?? "").split(":").some((dir) => {
    try {
      accessSync(join(dir, tool), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Fails (never skips) when the bulletin cannot be rendered or checked here: Chromium and poppler-utils
 * are Debian packages that scripts/system-deps.sh installs.
 */
export function requireRenderingTools(): void {
  const missing: string[] = [];
  try {
    accessSync(chromiumPath(), constants.X_OK);
  } catch {
    missing.push(`chromium (${chromiumPath()})`);
  }
  for (const tool of POPPLER) if (!onPath(tool)) missing.push(`${tool} (poppler-utils)`);
  if (missing.length)
    throw new Error(
      `missing for the bulletin tests: ${missing.join(", ")} — run scripts/system-deps.sh (apt-get install chromium poppler-utils fonts-noto-cjk)`,
    );
}

/** The PDF's text in the order it was written, so a table cell's wrapped lines follow each other. */
export const pdfText = (file: string) => execFileSync("pdftotext", ["-raw", file, "-"], { encoding: "utf8" });

/** Each font of the PDF: its name, type and whether it is embedded, from pdffonts. */
export function pdfFonts(file: string): { name: string; type: string; embedded: boolean }[] {
  const lines = execFileSync("pdffonts", [file], { encoding: "utf8" }).split("\n").slice(2);
  return lines
    .filter((l) => l.trim())
    .map((l) => {
      // name, type (may hold spaces), encoding, emb, sub, uni, object id, generation
      const cols = l.trim().split(/\s+/);
      const emb = cols[cols.length - 5];
      return { name: cols[0] ?? "", type: cols.slice(1, -6).join(" "), embedded: emb === "yes" };
    });
}

/** Every page rendered by pdftoppm at the resolution given, as PNG files' contents. */
export function pdfPages(file: string, dpi = 50): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "newinfra-pages-"));
  try {
    execFileSync("pdftoppm", ["-r", String(dpi), "-png", file, join(dir, "page")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".png"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
