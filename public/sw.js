/*
 * Know-Your-Rights Directory service worker (hand-written; see
 * docs/decisions/008-offline-and-quick-exit.md).
 *
 * - After a visit, keeps the essentials of the reader's language on the
 *   device: the home page, the know-your-rights guides, the national
 *   hotlines, the safety page and an offline page (/api/offline lists them).
 * - Keeps an area's hotlines page only when the reader asks ("save-area"),
 *   and forgets it on "forget-area". Quick exit ("forget-everything") deletes
 *   every cache, stops saves in progress and unregisters this worker.
 * - Pages come from the network first; without a connection, a saved copy is
 *   shown with a notice that says it is saved and since when.
 * Nothing here records what a visitor does.
 */
const VERSION = "1";
const ESSENTIALS = `kyr-essentials-v${VERSION}`;
const AREA = `kyr-area-v${VERSION}`;
const ASSETS = `kyr-assets-v${VERSION}`;
const CURRENT = [ESSENTIALS, AREA, ASSETS];
const REFRESH_AFTER_MS = 12 * 60 * 60 * 1000;

/**
 * Set by quick exit. A save still downloading when the reader leaves must not
 * write anything afterwards, so every write checks it.
 */
let forgotten = false;

async function keep(cacheName, key, response) {
  if (forgotten) return;
  await (await caches.open(cacheName)).put(key, response);
}

async function forgetEverything() {
  forgotten = true;
  for (const key of await caches.keys()) {
    if (key.startsWith("kyr-")) await caches.delete(key);
  }
  await self.registration.unregister();
}

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith("kyr-") && !CURRENT.includes(key)) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A copy of a response that remembers when it was saved. */
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set("x-kyr-saved-at", new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/** The scripts and styles a saved page needs, kept too (they never change under the same name). */
async function saveAssetsOf(html) {
  const urls = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]));
  await Promise.all(
    [...urls].map(async (url) => {
      if (await caches.match(url, { cacheName: ASSETS })) return;
      const response = await fetch(url);
      if (response.ok) await keep(ASSETS, url, response);
    }),
  );
}

async function savePage(cacheName, url) {
  const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) throw new Error(`Could not save ${url}: ${response.status}`);
  const html = await response.clone().text();
  await keep(cacheName, url, await stamped(response));
  await saveAssetsOf(html);
}

async function saveEssentials(locale) {
  const marker = `/__kyr/essentials/${locale}`;
  const saved = await caches.match(marker, { cacheName: ESSENTIALS });
  if (saved && Date.now() - Number(await saved.text()) < REFRESH_AFTER_MS) return;
  const response = await fetch(`/api/offline?locale=${encodeURIComponent(locale)}`, { cache: "no-store" });
  if (!response.ok) return;
  const essentials = await response.json();
  for (const page of essentials.pages) await savePage(ESSENTIALS, page);
  await keep(ESSENTIALS, `/__kyr/notice/${locale}`, new Response(JSON.stringify(essentials.notice)));
  await keep(ESSENTIALS, marker, new Response(String(Date.now())));
}

self.addEventListener("message", (event) => {
  const { type, locale, url } = event.data ?? {};
  const reply = (message) => event.ports[0]?.postMessage(message);
  const work = (async () => {
    try {
      if (type === "save-essentials" && typeof locale === "string") await saveEssentials(locale);
      else if (type === "save-area" && typeof url === "string" && url.startsWith("/")) await savePage(AREA, url);
      else if (type === "forget-area") await caches.delete(AREA);
      else if (type === "forget-everything") await forgetEverything();
      else if (type === "saved-notice") {
        const clientId = event.source?.id;
        reply({ ok: true, notice: savedNotices.get(clientId) ?? null });
        savedNotices.delete(clientId);
        return;
      }
      reply({ ok: true });
    } catch {
      reply({ ok: false });
    }
  })();
  event.waitUntil(work);
});

/** What a saved page says about itself: that it is saved, and since when. */
async function savedNoticeText(response, locale) {
  const savedAt = response.headers.get("x-kyr-saved-at");
  const notice = await caches.match(`/__kyr/notice/${locale}`);
  const template = notice ? (await notice.json()).text : "Offline: saved {date}.";
  let date = "";
  try {
    date = savedAt ? new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }).format(new Date(savedAt)) : "";
  } catch {
    date = savedAt ?? "";
  }
  return template.replace("{date}", date);
}

/**
 * Notices for pages just served from the device, by the page's client id.
 * The page's script asks for its notice once it runs (React replaces the
 * banner written into the HTML below while hydrating); the banner in the HTML
 * serves when scripts do not run.
 */
const savedNotices = new Map();

async function withNotice(response, notice) {
  const banner = `<div class="offline-banner" role="status" data-testid="offline-notice" data-saved-notice>${escapeHtml(notice)}</div>`;
  const html = (await response.text()).replace(/<body([^>]*)>/, `<body$1>${banner}`);
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(html, { status: 200, headers });
}

async function fromNetworkOrSaved(event) {
  try {
    return await fetch(event.request);
  } catch (error) {
    const url = new URL(event.request.url);
    const locale = url.pathname.split("/")[1] || "en";
    const saved = (await caches.match(url.pathname + url.search)) ?? (await caches.match(`/${locale}/offline`));
    if (!saved) throw error;
    const notice = await savedNoticeText(saved, locale);
    if (event.resultingClientId) savedNotices.set(event.resultingClientId, notice);
    return withNotice(saved, notice);
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(caches.match(request).then((saved) => saved ?? fetch(request)));
  } else if (request.mode === "navigate") {
    event.respondWith(fromNetworkOrSaved(event));
  }
});
