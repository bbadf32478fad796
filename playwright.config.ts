import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/browser";
import { E2E_BASE_URL } from "./tests/e2e/e2e-data";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    launchOptions: chromiumLaunchOptions(),
    locale: "en-US",
    trace: "off",
  },
  webServer: {
    command: "node --conditions=react-server --import tsx tests/e2e/test-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
