import { defineConfig } from "vitest/config";

/**
 * Runners: unit tests everywhere; integration tests once per database engine (PGlite always,
 * PostgreSQL when NEWINFRA_TEST_PG_URL names a server); browser tests when NEWINFRA_E2E=1
 * (scripts/test.sh sets both after starting the services).
 */
const integration = (name: string, env: Record<string, string>) => ({
  test: {
    name,
    include: ["src/**/*.int.test.ts"],
    env,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

const pgUrl = process.env.NEWINFRA_TEST_PG_URL;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "web/src/**/*.test.ts"],
          exclude: ["**/*.int.test.ts"],
        },
      },
      integration("pglite", { NEWINFRA_TEST_DB: "pglite" }),
      ...(pgUrl ? [integration("postgres", { NEWINFRA_TEST_DB: "postgres" })] : []),
      ...(process.env.NEWINFRA_E2E === "1"
        ? [
            {
              test: {
                name: "e2e",
                include: ["e2e/**/*.e2e.test.ts"],
                testTimeout: 120_000,
                hookTimeout: 180_000,
                fileParallelism: false,
              },
            },
          ]
        : []),
    ],
  },
});
