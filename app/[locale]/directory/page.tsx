import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { searchDirectory, type DirectoryResults } from "@/features/directory/data";
import { resolvePlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { DirectoryView } from "@/features/directory/components/DirectoryView";
import { findHotlinesForPlace, type HotlineView } from "@/features/hotlines/data";
import { getLanguageNamer } from "@/features/listings/language-names";
import { asLocale } from "@/i18n/locales";
import { isolated } from "@/i18n/bidi";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const resolution = resolvePlace(parseDirectorySearch(await searchParams).place);
  return {
    title: resolution.status === "found" ? t("directoryTitleNear", { place: isolated(resolution.place.label) }) : t("directoryTitle"),
    description: t("directoryDescription"),
  };
}

export default async function DirectoryPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const search = parseDirectorySearch(await searchParams);
  const resolution = resolvePlace(search.place);
  const now = new Date();

  let results: DirectoryResults | null = null;
  let hotlines: HotlineView[] = [];
  if (resolution.status === "found") {
    [results, hotlines] = await Promise.all([
      searchDirectory({ place: resolution.place, radius: search.radius, filters: search.filters, page: search.page, locale, now }),
      findHotlinesForPlace(resolution.place, locale),
    ]);
  }

  return (
    <DirectoryView
      search={search}
      resolution={resolution}
      results={results}
      hotlines={hotlines}
      locale={locale}
      languageName={await getLanguageNamer(locale)}
      now={now}
    />
  );
}
