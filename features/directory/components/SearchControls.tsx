import { useTranslations } from "next-intl";
import { TAXONOMY } from "@/features/listings/schema";
import type { DirectoryFacets } from "../data";
import { RADIUS_OPTIONS, type DirectorySearch } from "../schema";
import { FilterAutoSubmit } from "./FilterAutoSubmit";
import { MyLocationButton, NearField } from "./PlaceFields";
import { MAX_QUERY_LENGTH } from "../limits";

/** Hidden fields that carry the rest of the search through a form. */
function CarriedFields({ search, carry }: { search: DirectorySearch; carry: "place" | "filters" }) {
  if (carry === "place") {
    return (
      <>
        {search.place.kind === "near" ? <input type="hidden" name="near" value={search.place.text} /> : null}
        {search.place.kind === "point" ? (
          <>
            <input type="hidden" name="lat" value={search.place.latitude.toFixed(2)} />
            <input type="hidden" name="lng" value={search.place.longitude.toFixed(2)} />
          </>
        ) : null}
        <input type="hidden" name="radius" value={search.radius} />
      </>
    );
  }
  const { filters } = search;
  return (
    <>
      {filters.services.map((slug) => (
        <input key={`service-${slug}`} type="hidden" name="service" value={slug} />
      ))}
      {filters.languages.map((code) => (
        <input key={`lang-${code}`} type="hidden" name="lang" value={code} />
      ))}
      {filters.costs.map((cost) => (
        <input key={`cost-${cost}`} type="hidden" name="cost" value={cost} />
      ))}
      {filters.detained ? <input type="hidden" name="detained" value="1" /> : null}
      {filters.remote ? <input type="hidden" name="remote" value="1" /> : null}
      {filters.walkin ? <input type="hidden" name="walkin" value="1" /> : null}
      {filters.query ? <input type="hidden" name="q" value={filters.query} /> : null}
    </>
  );
}

/** Where to search: ZIP or city, distance, or the reader's own location. */
export function PlaceForm({ search, action }: { search: DirectorySearch; action: string }) {
  const t = useTranslations("Directory");
  return (
    <div className="space-y-3">
      <form action={action} method="get" role="search" className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
        <NearField defaultValue={search.place.kind === "near" ? search.place.text : ""} />
        <div>
          <label htmlFor="radius" className="block font-semibold">
            {t("radiusLabel")}
          </label>
          <select id="radius" name="radius" defaultValue={String(search.radius)} className="field-input mt-1">
            {RADIUS_OPTIONS.map((miles) => (
              <option key={miles} value={miles}>
                {t("radiusOption", { miles })}
              </option>
            ))}
          </select>
        </div>
        <CarriedFields search={search} carry="filters" />
        <button type="submit" className="button-primary" data-testid="search-button">
          {t("searchButton")}
        </button>
      </form>
      <MyLocationButton searchPath={action} radius={search.radius} />
    </div>
  );
}

const VISIBLE_LANGUAGES = 8;

function Checkbox({ name, value, checked, label, count }: { name: string; value: string; checked: boolean; label: string; count: number }) {
  const id = `filter-${name}-${value}`;
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="checkbox" name={name} value={value} defaultChecked={checked} className="h-5 w-5 shrink-0 accent-brand-700" />
      <label htmlFor={id} className="py-1">
        <bdi>{label}</bdi> <span className="text-slate-600">({count})</span>
      </label>
    </div>
  );
}

/** Filters with the number of results each would give; a plain GET form that applies itself with JavaScript. */
export function FilterPanel({
  search,
  facets,
  action,
  clearHref,
  languageName,
}: {
  search: DirectorySearch;
  facets: DirectoryFacets;
  action: string;
  clearHref: string;
  languageName: (code: string) => string;
}) {
  const t = useTranslations("Directory");
  const tListing = useTranslations("Listing");
  const { filters } = search;
  const services = TAXONOMY.filter((term) => (facets.services[term.slug] ?? 0) > 0 || filters.services.includes(term.slug));
  const languages = Object.entries(facets.languages)
    .filter(([code, count]) => count > 0 || filters.languages.includes(code))
    .sort(([codeA, countA], [codeB, countB]) => countB - countA || languageName(codeA).localeCompare(languageName(codeB)));
  const visibleLanguages = languages.slice(0, VISIBLE_LANGUAGES);
  const moreLanguages = languages.slice(VISIBLE_LANGUAGES);
  const languageBox = ([code, count]: [string, number]) => (
    <Checkbox key={code} name="lang" value={code} checked={filters.languages.includes(code)} label={languageName(code)} count={count} />
  );
  const fieldset = "space-y-1 border-t border-slate-200 pt-3";
  const legend = "mb-1 font-semibold";

  return (
    <FilterAutoSubmit action={action} label={t("filtersHeading")} busyLabel={t("updating")}>
      <CarriedFields search={search} carry="place" />
      {services.length > 0 ? (
        <fieldset className={fieldset}>
          <legend className={legend}>{t("serviceFilter")}</legend>
          {services.map((term) => (
            <Checkbox
              key={term.slug}
              name="service"
              value={term.slug}
              checked={filters.services.includes(term.slug)}
              label={tListing(`taxonomy.${term.slug}`)}
              count={facets.services[term.slug] ?? 0}
            />
          ))}
        </fieldset>
      ) : null}
      {languages.length > 0 ? (
        <fieldset className={fieldset}>
          <legend className={legend}>{t("languageFilter")}</legend>
          {visibleLanguages.map(languageBox)}
          {moreLanguages.length > 0 ? (
            <details open={moreLanguages.some(([code]) => filters.languages.includes(code))}>
              <summary className="cursor-pointer py-1 font-semibold text-brand-800">
                {t("moreLanguages", { count: moreLanguages.length })}
              </summary>
              {moreLanguages.map(languageBox)}
            </details>
          ) : null}
        </fieldset>
      ) : null}
      <fieldset className={fieldset}>
        <legend className={legend}>{t("costFilter")}</legend>
        <Checkbox name="cost" value="free" checked={filters.costs.includes("free")} label={t("cost.free")} count={facets.costs.free} />
        <Checkbox name="cost" value="sliding" checked={filters.costs.includes("sliding")} label={t("cost.sliding_scale")} count={facets.costs.sliding} />
      </fieldset>
      <fieldset className={fieldset}>
        <legend className={legend}>{t("otherFilter")}</legend>
        <Checkbox name="detained" value="1" checked={filters.detained} label={tListing("safety.serves_detained")} count={facets.detained} />
        <Checkbox name="remote" value="1" checked={filters.remote} label={tListing("safety.remote_intake")} count={facets.remote} />
        <Checkbox name="walkin" value="1" checked={filters.walkin} label={tListing("safety.walk_in")} count={facets.walkin} />
      </fieldset>
      <div className={fieldset}>
        <label htmlFor="filter-q" className={legend}>
          {t("keyword")}
        </label>
        <p id="filter-q-hint" className="text-sm text-slate-600">
          {t("keywordHint")}
        </p>
        <input id="filter-q" name="q" type="text" maxLength={MAX_QUERY_LENGTH} defaultValue={filters.query} aria-describedby="filter-q-hint" className="field-input mt-1" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="button-primary">
          {t("applyFilters")}
        </button>
        <a href={clearHref}>{t("clearFilters")}</a>
      </div>
    </FilterAutoSubmit>
  );
}
