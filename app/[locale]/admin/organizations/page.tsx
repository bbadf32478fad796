import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { searchOrganizations } from "@/features/moderation/data";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

const PAGE_SIZE = 50;

export default async function AdminOrganizationsPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const base = localizedPath(locale, "/admin/organizations");
  await requirePermission(locale, base, canModerate);
  const query = await searchParams;
  const text = typeof query.q === "string" ? query.q.slice(0, 100) : "";
  const requestedPage = typeof query.page === "string" && /^\d{1,5}$/.test(query.page) ? Math.max(1, Number(query.page)) : 1;
  const [t, tPortal] = await Promise.all([getTranslations("Moderation"), getTranslations("Portal")]);
  const { items, total } = await searchOrganizations(text, requestedPage, PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const now = new Date();
  const pageHref = (page: number) => `${base}?${new URLSearchParams({ ...(text ? { q: text } : {}), page: String(page) }).toString()}`;
  return (
    <section className="space-y-5" aria-labelledby="organizations-heading">
      <h1 id="organizations-heading" className="text-2xl">
        {t("organizationsTitle")}
      </h1>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <div className="min-w-64 flex-1 space-y-1">
          <label htmlFor="organization-search" className="block font-semibold">
            {t("searchLabel")}
          </label>
          <input id="organization-search" name="q" defaultValue={text} className="field-input" />
        </div>
        <button type="submit" className="button-primary">
          {t("search")}
        </button>
      </form>
      <p>{t("organizationCount", { count: total })}</p>
      <ul className="space-y-2">
        {items.map((organization) => (
          <li key={organization.id} className="card flex flex-wrap items-center justify-between gap-3">
            <div className="space-y-1">
              <p className="font-semibold">
                <a href={localizedPath(locale, `/admin/organizations/${organization.slug}`)}>
                  <bdi>{organization.name}</bdi>
                </a>
              </p>
              <p className="text-sm text-slate-700">
                {organization.openChangeStatus ? tPortal(`openChange.${organization.openChangeStatus}`) : tPortal("noOpenChange")} · {t("editors", { count: organization.editors })}
                {organization.isPublished ? "" : ` · ${t("unpublished")}`}
              </p>
              <VerificationNotice verifiedAt={organization.verifiedAt} now={now} />
            </div>
          </li>
        ))}
      </ul>
      {pageCount > 1 ? (
        <nav aria-label={t("pageOf", { page: requestedPage, count: pageCount })} className="flex items-center gap-3">
          {requestedPage > 1 ? <a href={pageHref(requestedPage - 1)}>{t("previousPage")}</a> : null}
          <span>{t("pageOf", { page: requestedPage, count: pageCount })}</span>
          {requestedPage < pageCount ? <a href={pageHref(requestedPage + 1)}>{t("nextPage")}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}
