import { getTranslations, setRequestLocale } from "next-intl/server";
import { listingDifferences } from "@/features/listings/document";
import { confirmListingUnchanged, discardChanges, sendForReview } from "@/features/listings/actions";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { loadEditableListing, reportIdOf } from "@/features/listings/editor-pages";
import { getLanguageNamer } from "@/features/listings/language-names";
import { encodeBase } from "@/features/moderation/change-requests";
import { ChangesView } from "@/features/moderation/components/ChangesView";
import { Notice } from "@/features/site/components/FormFields";
import { siteFormatFor } from "@/i18n/format";
import { asLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const SAVED = ["organization", "location", "locationPlacedFromZip", "locationRemoved", "service", "serviceRemoved", "translations"] as const;
const RESULTS = ["sent", "discarded", "confirmed", "stale", "unavailable", "denied", "nothing"] as const;

export default async function ListingOverviewPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const reportId = reportIdOf(query.report);
  const path = localizedPath(locale, `/portal/organizations/${slug}`);
  const { state } = await loadEditableListing(locale, slug, path);
  const [t, languageName] = await Promise.all([getTranslations("Portal"), getLanguageNamer(locale)]);
  const format = siteFormatFor(locale);
  const { organization, open, draft, published } = state;
  const differences = listingDifferences(published, draft);
  const withReport = (href: string) => (reportId ? `${href}${href.includes("?") ? "&" : "?"}report=${reportId}` : href);
  const edit = (section: string) => withReport(`${path}/edit/${section}`);
  const saved = SAVED.find((key) => key === query.saved);
  const result = RESULTS.find((key) => key === query.result);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="slug" value={organization.slug} />
      <input type="hidden" name="base" value={encodeBase(state.base)} />
      {reportId ? <input type="hidden" name="report" value={reportId} /> : null}
    </>
  );
  const translatedTexts = (code: string) =>
    [draft.translations, ...draft.locations.map((location) => location.translations), ...draft.services.map((service) => service.translations)].flat().filter((translation) => translation.locale === code).length;

  return (
    <article className="space-y-6" aria-labelledby="overview-heading">
      <header className="space-y-2">
        <h1 id="overview-heading" className="text-2xl">
          <bdi>{organization.name}</bdi>
        </h1>
        {organization.isSample ? <p className="text-sm text-slate-700">{t("sampleListing")}</p> : null}
        <VerificationNotice verifiedAt={organization.verifiedAt} now={new Date()} />
        <p>
          <a href={localizedPath(locale, `/organizations/${organization.slug}`)}>{t("viewPublic")}</a>
        </p>
      </header>

      {saved ? <Notice>{t(`saved.${saved}`)}</Notice> : null}
      {result ? <Notice tone={result === "stale" || result === "unavailable" || result === "denied" ? "warning" : "success"}>{t(`results.${result}`)}</Notice> : null}
      {reportId ? <Notice tone="info">{t("reportContext")}</Notice> : null}

      <section className="card space-y-4" aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="text-xl">
          {t("changesHeading")}
        </h2>
        <p className="font-semibold">{open ? t(`openChange.${open.status}`) : t("noOpenChange")}</p>
        {open?.status === "draft" ? <p>{t("changesIntroDraft")}</p> : null}
        {open?.status === "pending" && open.submittedAt ? <p>{t("changesIntroPending", { date: format.date(open.submittedAt, "medium") })}</p> : null}
        {open?.status === "changes_requested" ? (
          <div className="rounded-lg border-2 border-amber-500 bg-amber-50 p-3">
            <p>{t("changesIntroRequested")}</p>
            <p className="whitespace-pre-line font-semibold" dir="auto">
              {open.moderatorNote}
            </p>
          </div>
        ) : null}
        {open?.status === "awaiting_second" ? <p>{t("changesIntroAwaiting")}</p> : null}
        {open ? differences.length > 0 ? <ChangesView differences={differences} /> : <p>{t("noChanges")}</p> : null}

        {open && (open.status === "draft" || open.status === "changes_requested") ? (
          <form action={sendForReview} className="space-y-3 border-t border-slate-200 pt-4">
            {hidden}
            <div className="space-y-1">
              <label htmlFor="review-note" className="block font-semibold">
                {t("noteForModerators")}
              </label>
              <p id="review-note-hint" className="text-sm text-slate-600">
                {t("noteHint")}
              </p>
              <textarea id="review-note" name="note" rows={3} maxLength={2000} aria-describedby="review-note-hint" className="field-input" defaultValue={open.editorNote ?? ""} />
            </div>
            <button type="submit" className="button-primary">
              {t("sendForReview")}
            </button>
          </form>
        ) : null}
        {open ? (
          <form action={discardChanges} className="space-y-2 border-t border-slate-200 pt-4">
            {hidden}
            <p className="text-sm text-slate-700">{t("discardHint")}</p>
            <button type="submit" className="button-secondary">
              {t("discard")}
            </button>
          </form>
        ) : (
          <form action={confirmListingUnchanged} className="space-y-2">
            {hidden}
            <h3 className="text-lg">{t("confirmHeading")}</h3>
            <p>{t("confirmIntro")}</p>
            <button type="submit" className="button-secondary">
              {t("confirmUnchanged")}
            </button>
          </form>
        )}
      </section>

      <section className="space-y-4" aria-labelledby="sections-heading">
        <h2 id="sections-heading" className="text-xl">
          {t("sectionsHeading")}
        </h2>
        <div className="card flex flex-wrap items-center justify-between gap-3">
          <p>{t("organizationSection")}</p>
          <a href={edit("organization")} className="button-secondary">
            {t("edit")}
          </a>
        </div>

        <div className="card space-y-3">
          <h3 className="text-lg">{t("officesHeading")}</h3>
          {draft.locations.length === 0 ? <p>{t("noOfficesYet")}</p> : null}
          <ul className="space-y-2">
            {draft.locations.map((location) => {
              const name = location.name ?? location.address.address1;
              const address = `${location.address.address1}, ${location.address.city}, ${location.address.region} ${location.address.postalCode}`;
              return (
                <li key={location.key} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2">
                  <span>
                    {location.name ? (
                      <>
                        <bdi className="font-semibold">{location.name}</bdi> ·{" "}
                      </>
                    ) : null}
                    <bdi>{address}</bdi>
                  </span>
                  <a href={edit(`location/${location.key}`)} aria-label={t("editNamed", { name })}>
                    {t("edit")}
                  </a>
                </li>
              );
            })}
          </ul>
          <a href={edit("location/new")} className="button-secondary">
            {t("addOffice")}
          </a>
        </div>

        <div className="card space-y-3">
          <h3 className="text-lg">{t("servicesHeading")}</h3>
          {draft.services.length === 0 ? <p>{t("noServicesYet")}</p> : null}
          <ul className="space-y-2">
            {draft.services.map((service) => (
              <li key={service.id ?? service.slug} className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-100 pb-2">
                <bdi className="font-semibold">{service.name}</bdi>
                <a href={edit(`service/${service.id ?? service.slug}`)} aria-label={t("editNamed", { name: service.name })}>
                  {t("edit")}
                </a>
              </li>
            ))}
          </ul>
          <a href={edit("service/new")} className="button-secondary">
            {t("addService")}
          </a>
        </div>

        <div className="card space-y-3">
          <h3 className="text-lg">{t("translationsHeading")}</h3>
          <p>{t("translationsIntro", { language: languageName(draft.sourceLocale) })}</p>
          <ul className="grid gap-2 sm:grid-cols-2">
            {SHIPPED_LOCALES.filter(({ code }) => code !== draft.sourceLocale).map(({ code, nativeName }) => (
              <li key={code}>
                <a href={edit(`translations?language=${code}`)}>
                  <bdi lang={code}>{nativeName}</bdi>
                </a>{" "}
                <span className="text-sm text-slate-600">({t("translationCount", { count: translatedTexts(code) })})</span>
              </li>
            ))}
          </ul>
        </div>
      </section>
    </article>
  );
}
