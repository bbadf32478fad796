import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/browser";
import { E2E_BASE_URL } from "./tests/e2e/e2e-data";

// Lets the offline tests see and cut the service worker's own requests
// (https://playwright.dev/docs/service-workers-experimental).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

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
    serviceWorkers: "allow",
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
