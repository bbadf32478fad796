import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate, canReviewGuides } from "@/features/accounts/permissions";
import { GuideReviewForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { listKyrMaterials } from "@/features/rights/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

/** Rights guides and their legal review: legal reviewers record reviews; moderators see where each stands. */
export default async function RightsReviewPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, localizedPath(locale, "/admin/rights"), (candidate) => canReviewGuides(candidate) || canModerate(candidate));
  const [t, messages, guides] = await Promise.all([getTranslations("Moderation"), getMessages(), listKyrMaterials("en")]);
  const format = siteFormatFor(locale);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section className="space-y-5" aria-labelledby="rights-heading">
      <h1 id="rights-heading" className="text-2xl">
        {t("rightsTitle")}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="max-w-3xl">{t("rightsIntro")}</p>
      {canReviewGuides(viewer) ? null : <p className="text-slate-700">{t("notLegalReviewer")}</p>}
      <ul className="space-y-3">
        {guides.map((guide) => (
          <li key={guide.slug} className="card space-y-2" data-testid="guide-review">
            <h2 className="text-lg">
              <bdi lang={guide.lang}>{guide.title}</bdi>
            </h2>
            <p className={guide.legalReviewStatus === "reviewed" ? "font-semibold text-green-800" : "font-semibold text-amber-900"}>
              {guide.legalReviewStatus === "reviewed" && guide.legalReviewedAt ? t("rightsReviewed", { reviewer: guide.legalReviewedBy ?? "", date: format.date(guide.legalReviewedAt, "medium") }) : t("rightsPending")}
            </p>
            <p>
              <a href={localizedPath(locale, `/rights/${guide.slug}`)}>{t("readGuide")}</a>
            </p>
            {canReviewGuides(viewer) ? (
              <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
                <GuideReviewForm hidden={{ locale, slug: guide.slug }} defaultReviewer={viewer.name} today={today} />
              </NextIntlClientProvider>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
