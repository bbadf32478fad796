import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { reverify } from "@/features/moderation/actions";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { listStaleListings } from "@/features/moderation/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export default async function StaleListingsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, "/admin/stale");
  await requirePermission(locale, path, canModerate);
  const [t, listings] = await Promise.all([getTranslations("Moderation"), listStaleListings()]);
  const format = siteFormatFor(locale);
  return (
    <section className="space-y-5" aria-labelledby="stale-heading">
      <h1 id="stale-heading" className="text-2xl">
        {t("staleTitle")}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="max-w-3xl">{t.rich("staleIntro", { code: (chunks) => <code dir="ltr">{chunks}</code> })}</p>
      {listings.length === 0 ? <p>{t("staleEmpty")}</p> : null}
      <ul className="space-y-2">
        {listings.map((listing) => (
          <li key={listing.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="stale-listing">
            <div className="space-y-1">
              <p className="font-semibold">
                <a href={localizedPath(locale, `/admin/organizations/${listing.slug}`)}>
                  <bdi>{listing.name}</bdi>
                </a>
              </p>
              <p className="text-sm text-slate-700">
                {listing.daysSinceVerified === null ? t("neverVerified") : t("daysAgo", { days: listing.daysSinceVerified })} · {t("editors", { count: listing.editors })}
                {listing.staleReminderSentAt ? ` · ${t("reminded", { date: format.date(listing.staleReminderSentAt, "medium") })}` : ""}
              </p>
            </div>
            <form action={reverify}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="returnTo" value={path} />
              <input type="hidden" name="organizationId" value={listing.id} />
              <button type="submit" className="button-secondary" aria-label={`${t("reverify")}: ${listing.name}`}>
                {t("reverify")}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
