import { defineConfig } from "@playwright/test";
import { chromiumLaunchOptions } from "./tests/browser";
import { E2E_BASE_URL } from "./tests/e2e/e2e-data";

// Lets the offline tests see and cut the service worker's own requests
// (https://playwright.dev/docs/service-workers-experimental).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = "1";

// Specs that prepare or check data call the site's own data layer (tests/e2e/e2e-database.ts),
// whose server modules resolve only under the react-server condition: `npm test` and
// `npm run test:e2e` start Playwright with NODE_OPTIONS=--conditions=react-server.
if (!process.env.NODE_OPTIONS?.includes("--conditions=react-server")) {
  throw new Error("Run the browser tests with `npm run test:e2e` (it sets NODE_OPTIONS=--conditions=react-server)");
}

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
