import { accessSync, constants } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { AppError } from "../../domain/errors.js";

/** Debian's Chromium, or the one NEWINFRA_CHROMIUM names. */
export const chromiumPath = () => process.env.NEWINFRA_CHROMIUM ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--font-render-hinting=none",
];

const unavailable = (path: string) =>
  new AppError(
    503,
    "renderer_unavailable",
    `服务器缺少 Chromium（${path}），无法生成通报；请安装 Debian 软件包 chromium 与 fonts-noto-cjk`,
    `Chromium is missing on the server (${path}), so no bulletin can be made; install Debian's chromium and fonts-noto-cjk`,
  );

// One browser at a time: each is a few hundred MB, and the machine has two cores.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs `work` with a headless Chromium that loads nothing from the network and runs no script (the
 * pages are static HTML and SVG), then closes it. Calls wait for each other.
 */
export function withChromium<T>(work: (context: BrowserContext) => Promise<T>): Promise<T> {
  const run = async () => {
    const path = chromiumPath();
    try {
      accessSync(path, constants.X_OK);
    } catch {
      throw unavailable(path);
    }
    const browser: Browser = await chromium.launch({ executablePath: path, args: ARGS, timeout: 60_000 });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        offline: true,
        locale: "zh-CN",
        deviceScaleFactor: 2,
      });
      context.setDefaultTimeout(60_000);
      return await work(context);
    } finally {
      await browser.close();
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
