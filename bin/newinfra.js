#!/usr/bin/env node
import { existsSync } from "node:fs";

const entry = new URL("../dist/src/cli/run.js", import.meta.url);
if (!existsSync(entry)) {
  console.error("newinfra 尚未构建，请先运行 npm run build / not built yet: run `npm run build` first");
  process.exit(2);
}
await import(entry.href);
