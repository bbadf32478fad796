import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { loadModerationQueue } from "@/features/moderation/data";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export default async function ModerationQueuePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, localizedPath(locale, "/admin"), canModerate);
  const [t, tReport, queue] = await Promise.all([getTranslations("Moderation"), getTranslations("Report"), loadModerationQueue()]);
  const format = siteFormatFor(locale);
  const empty = queue.changes.length + queue.claims.length + queue.reports.length === 0;
  return (
    <section className="space-y-6" aria-labelledby="queue-heading">
      <h1 id="queue-heading" className="text-2xl">
        {t("queueTitle")}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p>{empty ? t("queueEmpty") : t("queueIntro")}</p>

      <section className="space-y-3" aria-labelledby="queue-changes">
        <h2 id="queue-changes" className="text-xl">
          {t("changesHeading", { count: queue.changes.length })}
        </h2>
        {queue.changes.length === 0 ? <p className="text-slate-700">{t("noneWaiting")}</p> : null}
        <ul className="space-y-2">
          {queue.changes.map((item) => (
            <li key={item.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="queue-change">
              <div className="space-y-1">
                <p className="font-semibold">
                  <bdi>{item.organization.name}</bdi>
                </p>
                <p className="text-sm text-slate-700">
                  {item.submittedAt ? (item.authorName ? t("submittedBy", { name: item.authorName, date: format.date(item.submittedAt, "medium") }) : t("submittedOn", { date: format.date(item.submittedAt, "medium") })) : null}{" "}
                  · {t("changedFields", { count: item.changedFields })}
                </p>
                <p className="flex flex-wrap gap-1">
                  {item.highRisk ? <span className="badge bg-amber-100 text-amber-950">{t("highRiskBadge")}</span> : null}
                  {item.status === "awaiting_second" ? <span className="badge bg-brand-100 text-brand-900">{item.firstApprovedById === viewer.id ? t("yourFirstApproval") : t("awaitingSecondBadge")}</span> : null}
                  {item.stale ? <span className="badge bg-red-100 text-red-900">{t("staleBadge")}</span> : null}
                  {item.organization.isSample ? <span className="badge bg-slate-100 text-slate-800">{t("sampleBadge")}</span> : null}
                </p>
              </div>
              <a href={localizedPath(locale, `/admin/changes/${item.id}`)} className="button-secondary">
                {t("open")}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-3" aria-labelledby="queue-claims">
        <h2 id="queue-claims" className="text-xl">
          {t("claimsHeading", { count: queue.claims.length })}
        </h2>
        {queue.claims.length === 0 ? <p className="text-slate-700">{t("noneWaiting")}</p> : null}
        <ul className="space-y-2">
          {queue.claims.map((claim) => (
            <li key={claim.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="queue-claim">
              <div className="space-y-1">
                <p className="font-semibold">
                  <bdi>{claim.organization.name}</bdi>
                </p>
                <p className="text-sm text-slate-700">
                  <bdi>{t("claimBy", { name: claim.name ?? "", jobTitle: claim.jobTitle ?? "" })}</bdi> · <bdi dir="ltr">{claim.email}</bdi> · {format.date(claim.createdAt, "medium")}
                </p>
              </div>
              <a href={localizedPath(locale, `/admin/claims/${claim.id}`)} className="button-secondary">
                {t("open")}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section className="space-y-3" aria-labelledby="queue-reports">
        <h2 id="queue-reports" className="text-xl">
          {t("reportsHeading", { count: queue.reports.length })}
        </h2>
        {queue.reports.length === 0 ? <p className="text-slate-700">{t("noneWaiting")}</p> : null}
        <ul className="space-y-2">
          {queue.reports.map((report) => (
            <li key={report.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="queue-report">
              <div className="space-y-1">
                <p className="font-semibold">
                  <bdi>{report.organization.name}</bdi>: {tReport(`categories.${report.category}`)}
                </p>
                <p className="line-clamp-2 text-sm text-slate-700" dir="auto">
                  {report.details}
                </p>
                <p className="text-sm text-slate-600">
                  {t("reportedOn", { date: format.date(report.createdAt, "medium") })} · {t(`reportStatus.${report.status}`)}
                </p>
              </div>
              <a href={localizedPath(locale, `/admin/reports/${report.id}`)} className="button-secondary">
                {t("open")}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}
