import "server-only";
import { findNationalHotlines } from "@/features/hotlines/data";
import { listOfficialLines } from "@/features/official-lines/data";
import { LOCALE_CODES } from "@/i18n/locales";
import { onDataVersionChange } from "@/lib/data-cache";
import { logger } from "@/lib/logger";
import { storeOutageSnapshot, type OutageSnapshot, type SnapshotHotline, type SnapshotOfficialLine } from "./outage-snapshot";

/** Reads what the outage page needs, in every site language, through the same cached loaders the pages use. */
async function takeOutageSnapshot(): Promise<OutageSnapshot> {
  const hotlines = new Map<string, SnapshotHotline>();
  const officialLines = new Map<string, SnapshotOfficialLine>();
  for (const locale of LOCALE_CODES) {
    const [national, lines] = await Promise.all([findNationalHotlines(locale), listOfficialLines(locale)]);
    for (const hotline of national) {
      const entry = hotlines.get(hotline.serviceId) ?? {
        number: hotline.number,
        acceptsText: hotline.acceptsText,
        isAlwaysOpen: hotline.schedule?.isAlwaysOpen ?? false,
        purpose: hotline.purpose,
        isSample: hotline.isSample,
        names: {},
      };
      entry.names[locale] = { text: hotline.name.text, lang: hotline.name.lang };
      hotlines.set(hotline.serviceId, entry);
    }
    for (const line of lines) {
      const entry = officialLines.get(line.id) ?? { slug: line.slug, phone: line.phone, website: line.website, texts: {} };
      entry.texts[locale] = { lang: line.lang, name: line.texts.name, purpose: line.texts.purpose, caution: line.texts.caution };
      officialLines.set(line.id, entry);
    }
  }
  return { takenAt: new Date().toISOString(), hotlines: [...hotlines.values()], officialLines: [...officialLines.values()] };
}

const state = { running: false, again: false };

/** Takes a new snapshot now, or once more after the one in progress; a failed read keeps the previous snapshot. */
export async function refreshOutageSnapshot(): Promise<void> {
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = true;
  try {
    do {
      state.again = false;
      try {
        storeOutageSnapshot(await takeOutageSnapshot());
      } catch (error) {
        logger.warn({ event: "outage_snapshot_failed", error: error instanceof Error ? error.name : "unknown" });
        return;
      }
    } while (state.again);
  } finally {
    state.running = false;
  }
}

/** Once per process (instrumentation.ts): a snapshot now, and a new one whenever the published data changes. */
export function keepOutageSnapshotCurrent(): void {
  onDataVersionChange(() => void refreshOutageSnapshot());
  void refreshOutageSnapshot();
}
