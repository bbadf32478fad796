import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NearField } from "@/features/directory/components/PlaceFields";
import { PlaceProblem } from "@/features/directory/components/PlaceProblem";
import { resolvePlace } from "@/features/directory/places";
import { parseDirectorySearch } from "@/features/directory/schema";
import { findHotlinesForPlace, findNationalHotlines } from "@/features/hotlines/data";
import { HotlineCard } from "@/features/hotlines/components/HotlineCard";
import { SaveAreaOffline } from "@/features/hotlines/components/SaveAreaOffline";
import { getLanguageNamer } from "@/features/listings/language-names";
import { listOfficialLines } from "@/features/official-lines/data";
import { OfficialLinesSection } from "@/features/official-lines/components/OfficialLinesSection";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";
import { isolated } from "@/i18n/bidi";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Only `near` counts here; the rest of the search contract is ignored. */
async function placeOf(searchParams: Props["searchParams"]) {
  const { near } = await searchParams;
  const search = parseDirectorySearch({ near });
  return { search, resolution: resolvePlace(search.place) };
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const { resolution } = await placeOf(searchParams);
  return {
    title: resolution.status === "found" ? t("hotlinesTitleNear", { place: isolated(resolution.place.label) }) : t("hotlinesTitle"),
    description: t("hotlinesDescription"),
  };
}

export default async function HotlinesPage({ params, searchParams }: Props) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, languageName, { search, resolution }, officialLines] = await Promise.all([
    getTranslations("Hotlines"),
    getLanguageNamer(locale),
    placeOf(searchParams),
    listOfficialLines(locale),
  ]);
  const now = new Date();
  const action = localizedPath(locale, "/hotlines");
  const place = resolution.status === "found" ? resolution.place : null;
  const hotlines = place ? await findHotlinesForPlace(place, locale) : await findNationalHotlines(locale);
  const local = hotlines.filter((hotline) => !hotline.isNational);
  const national = hotlines.filter((hotline) => hotline.isNational);
  const card = (hotline: (typeof hotlines)[number]) => (
    <li key={hotline.serviceId}>
      <HotlineCard hotline={hotline} locale={locale} languageName={languageName} now={now} whatToSay />
    </li>
  );

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-2xl sm:text-3xl">{place ? t("headingNear", { place: isolated(place.label) }) : t("heading")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
        <form action={action} method="get" role="search" className="flex max-w-xl flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <NearField defaultValue={search.place.kind === "near" ? search.place.text : ""} />
          </div>
          <button type="submit" className="button-primary">
            {t("searchButton")}
          </button>
        </form>
        {search.place.kind !== "none" ? (
          <PlaceProblem resolution={resolution} text={search.place.kind === "near" ? search.place.text : ""} hrefFor={(near) => `${action}?${new URLSearchParams({ near })}`} />
        ) : null}
      </header>

      {place ? (
        <section aria-labelledby="local-heading" className="space-y-3" data-testid="local-hotlines">
          <h2 id="local-heading" className="text-xl">
            {t("localHeading")}
          </h2>
          {local.length === 0 ? <p>{t("noLocal")}</p> : <ul className="grid gap-4 md:grid-cols-2">{local.map(card)}</ul>}
        </section>
      ) : null}

      <section aria-labelledby="national-heading" className="space-y-3" data-testid="national-hotlines">
        <h2 id="national-heading" className="text-xl">
          {t("nationalHeading")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">{national.map(card)}</ul>
      </section>

      <OfficialLinesSection lines={officialLines} locale={locale} now={now} heading="heading" listClassName="grid gap-4 md:grid-cols-2" />

      {place ? (
        <SaveAreaOffline
          labels={{
            heading: t("saveArea.heading"),
            text: t("saveArea.text"),
            save: t("saveArea.save"),
            saving: t("saveArea.saving"),
            saved: t("saveArea.saved"),
            remove: t("saveArea.remove"),
            removed: t("saveArea.removed"),
            failed: t("saveArea.failed"),
          }}
        />
      ) : null}
    </div>
  );
}
