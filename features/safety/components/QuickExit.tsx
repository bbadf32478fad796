"use client";

import { useEffect } from "react";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { NEUTRAL_PAGE_URL } from "../quick-exit";
import { askServiceWorker } from "../service-worker";

const DOUBLE_PRESS_MS = 1_500;

/**
 * Forgets everything this site keeps on the device: storage, the saved
 * offline pages and their service worker, the language cookie, and (through
 * the Clear-Site-Data header) the browser's cache of our pages.
 */
async function clearSiteData(): Promise<void> {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage can be disabled; nothing to clear then.
  }
  document.cookie = `${LOCALE_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
  const work: Promise<unknown>[] = [fetch("/api/clear-site-data", { method: "POST", keepalive: true, cache: "no-store" })];
  if ("caches" in window) work.push(caches.keys().then((keys) => Promise.all(keys.map((key) => caches.delete(key)))));
  if ("serviceWorker" in navigator) {
    // The worker itself deletes its caches and stops any save still in progress,
    // even one started from a page it does not control.
    work.push(askServiceWorker({ type: "forget-everything" }));
    work.push(navigator.serviceWorker.getRegistrations().then((registrations) => Promise.all(registrations.map((registration) => registration.unregister()))));
  }
  // Leave quickly even if clearing is slow.
  await Promise.race([Promise.allSettled(work), new Promise((resolve) => setTimeout(resolve, 400))]);
}

async function quickExit(): Promise<void> {
  await clearSiteData();
  window.location.replace(NEUTRAL_PAGE_URL);
}

/**
 * "Quick exit" on every page, and Escape pressed twice: replaces this page
 * with a neutral one so Back does not return here. Without JavaScript it is
 * a plain link to the same neutral page.
 */
export function QuickExit({ label, hint }: { label: string; hint: string }) {
  useEffect(() => {
    let lastEscape = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      const now = Date.now();
      if (now - lastEscape < DOUBLE_PRESS_MS) void quickExit();
      lastEscape = now;
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  return (
    <a
      href={NEUTRAL_PAGE_URL}
      rel="noreferrer"
      title={hint}
      onClick={(event) => {
        event.preventDefault();
        void quickExit();
      }}
      className="inline-flex min-h-11 items-center gap-1.5 rounded-lg bg-red-800 px-3 py-2 font-bold text-white no-underline hover:bg-red-900 hover:text-white print:hidden"
      data-testid="quick-exit"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="h-5 w-5 rtl:-scale-x-100" fill="none" stroke="currentColor" strokeWidth="2.5">
        <path d="M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10" />
      </svg>
      {label}
      <span className="sr-only">. {hint}</span>
    </a>
  );
}
