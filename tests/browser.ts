import fs from "node:fs";
import type { LaunchOptions } from "@playwright/test";

/**
 * Debian's Chromium, as these machines cannot download Playwright's browsers
 * (DESIGN.md section 9). Elsewhere, Playwright's own browser is used when no
 * system Chromium is found.
 */
export const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export function chromiumLaunchOptions(): LaunchOptions {
  const executablePath = process.env.CHROMIUM_PATH ?? (fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return {
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  };
}
