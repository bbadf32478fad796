import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { isSlug } from "@/features/listings/slugs";
import { ChangesView } from "@/features/moderation/components/ChangesView";
import { listAuditLog, organizationBySlug } from "@/features/moderation/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;
type AuditAction = keyof Messages["Moderation"]["auditActions"];

export default async function OrganizationHistoryPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  await requirePermission(locale, localizedPath(locale, `/admin/organizations/${slug}/history`), canModerate);
  const organization = isSlug(slug) ? await organizationBySlug(slug) : null;
  if (!organization) notFound();
  const [t, tAccount, entries] = await Promise.all([getTranslations("Moderation"), getTranslations("Account"), listAuditLog(organization.id)]);
  const format = siteFormatFor(locale);
  const roleName = (role: string | null) => (role && tAccount.has(`roles.${role}` as "roles.admin") ? tAccount(`roles.${role}` as "roles.admin") : (role ?? ""));
  return (
    <article className="space-y-5" aria-labelledby="history-heading">
      <p>
        <a href={localizedPath(locale, `/admin/organizations/${slug}`)}>
          <bdi>{organization.name}</bdi>
        </a>
      </p>
      <h1 id="history-heading" className="text-2xl">
        {t.rich("historyTitle", { organization: organization.name, name: (chunks) => <bdi>{chunks}</bdi> })}
      </h1>
      <p>{t("historyIntro")}</p>
      {entries.length === 0 ? <p>{t("historyEmpty")}</p> : null}
      <ol className="space-y-4">
        {entries.map((entry) => (
          <li key={entry.id} className="card space-y-2" data-testid="audit-entry" data-action={entry.action}>
            <p className="font-semibold">
              {t.has(`auditActions.${entry.action}` as `auditActions.${AuditAction}`) ? t(`auditActions.${entry.action}` as `auditActions.${AuditAction}`) : entry.action}
            </p>
            <p className="text-sm text-slate-700">
              {format.instant(entry.createdAt)} · <bdi>{t("byWhom", { actor: entry.actor, role: roleName(entry.actorRole) })}</bdi>
            </p>
            {entry.note ? (
              <p className="whitespace-pre-line" dir="auto">
                {entry.note}
              </p>
            ) : null}
            {entry.differences.length > 0 ? <ChangesView differences={entry.differences} mode="history" /> : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
