import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

/**
 * Unit tests run alone; the data-layer suite runs against a fresh SQLite file
 * migrated from the migrations, and again against PostgreSQL when
 * TEST_DATABASE_URL points to a server.
 */
const dataLayer = (provider: "sqlite" | "postgresql") => ({
  extends: true as const,
  test: {
    name: provider,
    include: ["tests/data/**/*.test.ts"],
    globalSetup: ["tests/support/database-global-setup.ts"],
    env: { TEST_DATABASE_PROVIDER: provider },
    // One database per test file; files run in their own processes.
    pool: "forks" as const,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve: {
    alias: { "@": root },
  },
  // Server modules declare `import "server-only"`; tests run on the server side.
  ssr: { resolve: { conditions: ["react-server", "module", "node", "development|production"] } },
  test: {
    environment: "node",
    // next-intl's ESM build imports "next/server" without an extension,
    // which only a bundler resolves: let Vite resolve it.
    server: { deps: { inline: ["next-intl"] } },
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      dataLayer("sqlite"),
      ...(process.env.TEST_DATABASE_URL ? [dataLayer("postgresql")] : []),
    ],
  },
});
