import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const webRoot = fileURLToPath(new URL(".", import.meta.url));

/** The API the dev server forwards /api to; the platform serves both on port 3000 by default. */
const apiTarget = process.env.NEWINFRA_API_URL ?? "http://localhost:3000";

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Shared library chunks would otherwise take the name of some module inside them.
        chunkFileNames: (chunk) =>
          chunk.isDynamicEntry || chunk.name === "EChart"
            ? "assets/[name]-[hash].js"
            : "assets/shared-[hash].js",
      },
    },
  },
  server: {
    proxy: { "/api": { target: apiTarget, changeOrigin: true } },
  },
});
