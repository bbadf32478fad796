import "server-only";
import { cache } from "react";
import { cachedData } from "@/lib/data-cache";
import { queryDatabase } from "@/lib/database-errors";
import { getDatabase } from "@/lib/db";
import type { TranslationSource } from "@/features/listings/schema";
import type { LegalReviewStatus } from "./schema";
import { renderKyrMarkdown } from "./markdown";
import { isSlug } from "@/features/listings/slugs";

export interface KyrMaterialSummary {
  slug: string;
  title: string;
  summary: string;
  /** The language of title and summary (English when the reader's is missing). */
  lang: string;
  /** Who translated the text shown; machine translations are labelled on the page. */
  translationSource: TranslationSource;
  lastReviewedAt: Date;
  legalReviewStatus: LegalReviewStatus;
  legalReviewedAt: Date | null;
  legalReviewedBy: string | null;
}

/** Published materials in display order, in the reader's language or else English. */
export function listKyrMaterials(locale: string): Promise<KyrMaterialSummary[]> {
  return cachedData(`rights:list:${locale}`, () => loadKyrMaterialList(locale));
}

async function loadKyrMaterialList(locale: string): Promise<KyrMaterialSummary[]> {
  const materials = await queryDatabase(() =>
    getDatabase().kyrMaterial.findMany({
      where: { isPublished: true },
      orderBy: { sortOrder: "asc" },
      include: {
        translations: { where: { locale: { in: [...new Set([locale, "en"])] } }, select: { locale: true, title: true, summary: true, source: true } },
      },
    }),
  );
  return materials.flatMap((material) => {
    const translation =
      material.translations.find((entry) => entry.locale === locale) ?? material.translations.find((entry) => entry.locale === "en");
    if (!translation) return [];
    return [
      {
        slug: material.slug,
        title: translation.title,
        summary: translation.summary,
        lang: translation.locale,
        translationSource: translation.source,
        lastReviewedAt: material.lastReviewedAt,
        legalReviewStatus: material.legalReviewStatus,
        legalReviewedAt: material.legalReviewedAt,
        legalReviewedBy: material.legalReviewedBy,
      },
    ];
  });
}

export interface KyrMaterialView extends KyrMaterialSummary {
  /** The body rendered from its Markdown once, when loaded (raw HTML in the source is not kept). */
  html: string;
  sources: { citation: string; url: string | null }[];
  /** Locales the material is written in. */
  locales: string[];
}

/** One published material in the reader's language or else English; null when there is none. */
export function getKyrMaterial(slug: string, locale: string): Promise<KyrMaterialView | null> {
  return cachedData(`rights:material:${slug}:${locale}`, () => loadKyrMaterialView(slug, locale));
}

async function loadKyrMaterialView(slug: string, locale: string): Promise<KyrMaterialView | null> {
  const material = await queryDatabase(() =>
    getDatabase().kyrMaterial.findFirst({
      where: { slug, isPublished: true },
      include: {
        translations: { select: { locale: true, title: true, summary: true, body: true, source: true } },
        sources: { orderBy: { sortOrder: "asc" }, select: { citation: true, url: true } },
      },
    }),
  );
  if (!material) return null;
  const translation =
    material.translations.find((entry) => entry.locale === locale) ?? material.translations.find((entry) => entry.locale === "en");
  if (!translation) return null;
  return {
    slug: material.slug,
    title: translation.title,
    summary: translation.summary,
    html: renderKyrMarkdown(translation.body),
    lang: translation.locale,
    translationSource: translation.source,
    lastReviewedAt: material.lastReviewedAt,
    legalReviewStatus: material.legalReviewStatus,
    legalReviewedAt: material.legalReviewedAt,
    legalReviewedBy: material.legalReviewedBy,
    sources: material.sources,
    locales: material.translations.map((entry) => entry.locale),
  };
}

/** A material for a page, from whatever slug the URL holds; one query per request for the page and its metadata. */
export const loadKyrMaterial = cache(async (slug: string, locale: string): Promise<KyrMaterialView | null> =>
  isSlug(slug) ? getKyrMaterial(slug, locale) : null,
);
