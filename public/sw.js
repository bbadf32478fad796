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

function assetUrlsOf(html) {
  return [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((match) => match[1]);
}

/** The scripts and styles a saved page needs, kept too (they never change under the same name). */
async function saveAssetsOf(html) {
  await Promise.all(
    [...new Set(assetUrlsOf(html))].map(async (url) => {
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

/**
 * Drops scripts and styles no saved page uses any more: each release names
 * them anew, so without this every refresh after a release would add a set.
 */
async function pruneAssets() {
  const needed = new Set();
  for (const cacheName of [ESSENTIALS, AREA]) {
    const cache = await caches.open(cacheName);
    for (const request of await cache.keys()) {
      if (new URL(request.url).pathname.startsWith("/__kyr/")) continue;
      const response = await cache.match(request);
      if (response) for (const url of assetUrlsOf(await response.text())) needed.add(url);
    }
  }
  const assets = await caches.open(ASSETS);
  for (const request of await assets.keys()) {
    if (!needed.has(new URL(request.url).pathname)) await assets.delete(request);
  }
}

async function fetchEssentialsList(locale) {
  const response = await fetch(`/api/offline?locale=${encodeURIComponent(locale)}`, { cache: "no-store" });
  if (!response.ok) throw new Error(`No essentials for ${locale}: ${response.status}`);
  return response.json();
}

/** The notice saved pages show (in the reader's language) and how to write its date. */
async function keepNotice(locale, notice) {
  await keep(ESSENTIALS, `/__kyr/notice/${locale}`, new Response(JSON.stringify(notice)));
  // The language an installed app opened at "/" without a signal should show.
  await keep(ESSENTIALS, "/__kyr/locale", new Response(locale));
}

async function saveEssentials(locale) {
  const marker = `/__kyr/essentials/${locale}`;
  const saved = await caches.match(marker, { cacheName: ESSENTIALS });
  if (saved && Date.now() - Number(await saved.text()) < REFRESH_AFTER_MS) return;
  const essentials = await fetchEssentialsList(locale);
  for (const page of essentials.pages) await savePage(ESSENTIALS, page);
  await keepNotice(locale, essentials.notice);
  await keep(ESSENTIALS, marker, new Response(String(Date.now())));
  if (!forgotten) await pruneAssets();
}

/** An area's hotlines page, with the notice of its language (normally saved with the essentials already). */
async function saveArea(url) {
  const locale = url.split("/")[1] ?? "";
  if (!(await caches.match(`/__kyr/notice/${locale}`, { cacheName: ESSENTIALS }))) await keepNotice(locale, (await fetchEssentialsList(locale)).notice);
  await savePage(AREA, url);
}

self.addEventListener("message", (event) => {
  const { type, locale, url } = event.data ?? {};
  const reply = (message) => event.ports[0]?.postMessage(message);
  const work = (async () => {
    try {
      if (type === "save-essentials" && typeof locale === "string") await saveEssentials(locale);
      else if (type === "save-area" && typeof url === "string" && url.startsWith("/")) await saveArea(url);
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

/**
 * What a saved page says about itself: that it is saved, and since when, in
 * the words and date format /api/offline gave for the language (every saved
 * page's language has its notice saved with it).
 */
async function savedNoticeText(response, notice) {
  const savedAt = new Date(response.headers.get("x-kyr-saved-at") ?? Date.now());
  let date;
  try {
    date = new Intl.DateTimeFormat(notice.dateLocale, { dateStyle: "medium", timeStyle: "short" }).format(savedAt);
  } catch {
    date = savedAt.toISOString().slice(0, 16).replace("T", " ");
  }
  return notice.text.replace("{date}", date);
}

/** The language of a page address, or else the language the reader last used here. */
async function readerLocale(pathname) {
  const first = pathname.split("/")[1] ?? "";
  if (first && (await caches.match(`/__kyr/notice/${first}`, { cacheName: ESSENTIALS }))) return first;
  const last = await caches.match("/__kyr/locale", { cacheName: ESSENTIALS });
  return last ? last.text() : null;
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
    const locale = await readerLocale(url.pathname);
    if (!locale) throw error;
    const saved =
      (await caches.match(url.pathname + url.search)) ??
      // The installed app starts at "/", which redirects to the reader's language online.
      (url.pathname === "/" ? await caches.match(`/${locale}`) : undefined) ??
      (await caches.match(`/${locale}/offline`));
    if (!saved) throw error;
    const notice = await savedNoticeText(saved, await (await caches.match(`/__kyr/notice/${locale}`, { cacheName: ESSENTIALS })).json());
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
