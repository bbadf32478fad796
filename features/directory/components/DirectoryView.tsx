import { useTranslations } from "next-intl";
import { HotlineList } from "@/features/hotlines/components/HotlineList";
import type { HotlineView } from "@/features/hotlines/data";
import { JsonLdScript } from "@/features/listings/components/JsonLdScript";
import { itemListJsonLd } from "@/features/listings/json-ld";
import { localizedPath } from "@/i18n/paths";
import { absoluteUrl } from "@/lib/site-url";
import type { DirectoryResultItem, DirectoryResults } from "../data";
import type { PlaceResolution } from "../places";
import { RADIUS_OPTIONS, directoryQueryString, type DirectorySearch } from "../schema";
import { PlaceProblem } from "./PlaceProblem";
import { ResultCard } from "./ResultCard";
import { FilterPanel, PlaceForm } from "./SearchControls";
import { isolated } from "@/i18n/bidi";

type LanguageNamer = (code: string) => string;

function hrefWith(action: string, query: string): string {
  return query ? `${action}?${query}` : action;
}

function countActiveFilters(search: DirectorySearch): number {
  const { filters } = search;
  return (
    filters.services.length +
    filters.languages.length +
    filters.costs.length +
    Number(filters.detained) +
    Number(filters.remote) +
    Number(filters.walkin) +
    Number(filters.query !== "")
  );
}

function Notices({ search, results }: { search: DirectorySearch; results: DirectoryResults | null }) {
  const t = useTranslations("Directory");
  const messages = search.notices.map((notice) => (notice === "radiusFallback" ? t("notices.radiusFallback", { radius: search.radius }) : t(`notices.${notice}`)));
  if (results && search.page > results.pageCount) messages.push(t("notices.pageClamped", { count: results.pageCount }));
  if (messages.length === 0) return null;
  return (
    <div role="status" className="space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950" data-testid="search-notices">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}

function Pagination({ search, results, action }: { search: DirectorySearch; results: DirectoryResults; action: string }) {
  const t = useTranslations("Directory");
  if (results.pageCount <= 1) return null;
  const link = (page: number) => hrefWith(action, directoryQueryString(search, { page }));
  return (
    <nav aria-label={t("pagination")} className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4">
      {results.page > 1 ? (
        <a href={link(results.page - 1)} rel="prev" className="button-secondary">
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            ←
          </span>
          {t("previous")}
        </a>
      ) : (
        <span />
      )}
      <p>{t("pageOf", { page: results.page, count: results.pageCount })}</p>
      {results.page < results.pageCount ? (
        <a href={link(results.page + 1)} rel="next" className="button-secondary">
          {t("next")}
          <span aria-hidden="true" className="inline-block rtl:rotate-180">
            →
          </span>
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}

function ResultSection({ id, heading, intro, items, children }: { id: string; heading: string; intro?: string; items: DirectoryResultItem[]; children: (item: DirectoryResultItem) => React.ReactNode }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h2 id={id} className="text-xl">
        {heading}
      </h2>
      {intro ? <p className="text-slate-700">{intro}</p> : null}
      <ol className="space-y-4" start={items[0]?.position}>
        {items.map((item) => (
          <li key={item.key}>{children(item)}</li>
        ))}
      </ol>
    </section>
  );
}

export function DirectoryView({
  search,
  resolution,
  results,
  hotlines,
  locale,
  languageName,
  now,
}: {
  search: DirectorySearch;
  resolution: PlaceResolution;
  results: DirectoryResults | null;
  hotlines: HotlineView[];
  locale: string;
  languageName: LanguageNamer;
  now: Date;
}) {
  const t = useTranslations("Directory");
  const action = localizedPath(locale, "/directory");
  const place = resolution.status === "found" ? resolution.place : null;
  const activeFilters = countActiveFilters(search);
  const clearHref = hrefWith(action, directoryQueryString({ ...search, filters: { services: [], languages: [], costs: [], detained: false, remote: false, walkin: false, query: "" }, page: 1 }));

  const card = (item: DirectoryResultItem) => <ResultCard item={item} locale={locale} languageName={languageName} now={now} />;
  const inRange = results?.items.filter((item) => item.kind === "inRange") ?? [];
  const areaOnly = results?.items.filter((item) => item.kind === "areaOnly") ?? [];
  const total = results ? results.inRangeCount + results.areaOnlyCount : 0;
  const widerRadii = RADIUS_OPTIONS.filter((miles) => miles > search.radius).slice(0, 2);

  return (
    <div className="space-y-6">
      <header className="space-y-4">
        <h1 className="text-2xl sm:text-3xl">{place ? t("headingNear", { place: isolated(place.label) }) : t("heading")}</h1>
        <PlaceForm search={search} action={action} />
      </header>
      <Notices search={search} results={results} />
      <PlaceProblem resolution={resolution} text={search.place.kind === "near" ? search.place.text : ""} hrefFor={(near) => hrefWith(action, directoryQueryString({ ...search, place: { kind: "near", text: near }, page: 1 }))} />

      {place && results ? (
        <>
          {results.items.length > 0 ? (
            <JsonLdScript
              data={itemListJsonLd(
                results.items.map((item) => ({
                  url: absoluteUrl(localizedPath(locale, `/organizations/${item.organization.slug}`)),
                  locationId: item.location?.id ?? null,
                  name: item.organization.name.text,
                  telephone: item.phone?.number ?? null,
                  address: item.location?.address ?? null,
                  latitude: item.location?.latitude ?? null,
                  longitude: item.location?.longitude ?? null,
                  distanceMiles: item.location?.distanceMiles,
                })),
              )}
            />
          ) : null}
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold" data-testid="result-summary">
              {t("summary", { count: results.inRangeCount, radius: search.radius, place: isolated(place.label) })}
              {results.areaOnlyCount > 0 ? ` ${t("areaSummary", { count: results.areaOnlyCount })}` : null}
            </p>
            <a href="#filters" className="lg:hidden">
              {activeFilters > 0 ? t("jumpToFiltersActive", { count: activeFilters }) : t("jumpToFilters")}
            </a>
          </div>

          <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
            <div className="space-y-8 lg:order-2">
              {total === 0 ? (
                <section aria-labelledby="empty-heading" className="space-y-3 rounded-xl border border-slate-300 bg-slate-50 p-4" data-testid="empty-results">
                  <h2 id="empty-heading" className="text-xl">
                    {t("emptyHeading")}
                  </h2>
                  <p>{activeFilters > 0 ? t("emptyWithFilters", { radius: search.radius }) : t("emptyNoFilters", { radius: search.radius, place: isolated(place.label) })}</p>
                  <ul className="flex flex-wrap gap-3">
                    {widerRadii.map((miles) => (
                      <li key={miles}>
                        <a href={hrefWith(action, directoryQueryString(search, { radius: miles, page: 1 }))} className="button-secondary">
                          {t("widerRadius", { miles })}
                        </a>
                      </li>
                    ))}
                    {activeFilters > 0 ? (
                      <li>
                        <a href={clearHref} className="button-secondary">
                          {t("clearFilters")}
                        </a>
                      </li>
                    ) : null}
                  </ul>
                  <p>{t("emptyHotlines")}</p>
                </section>
              ) : null}
              <ResultSection id="in-range-heading" heading={t("inRangeHeading", { radius: search.radius })} items={inRange}>
                {card}
              </ResultSection>
              <ResultSection id="area-only-heading" heading={t("areaOnlyHeading")} intro={t("areaOnlyIntro")} items={areaOnly}>
                {card}
              </ResultSection>
              <Pagination search={search} results={results} action={action} />
              {hotlines.length > 0 ? (
                <section aria-labelledby="hotlines-heading" className="space-y-3" data-testid="area-hotlines">
                  <h2 id="hotlines-heading" className="text-xl">
                    {t("hotlinesHeading")}
                  </h2>
                  <HotlineList hotlines={hotlines} locale={locale} now={now} />
                </section>
              ) : null}
            </div>
            <aside id="filters" aria-labelledby="filters-heading" className="space-y-3 lg:order-1">
              <h2 id="filters-heading" className="text-xl">
                {t("filtersHeading")}
              </h2>
              <FilterPanel search={search} facets={results.facets} action={action} clearHref={clearHref} languageName={languageName} />
            </aside>
          </div>
        </>
      ) : null}
    </div>
  );
}
