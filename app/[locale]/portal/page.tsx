import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireViewer } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { listEditableOrganizations } from "@/features/moderation/data";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { asLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export default async function PortalHome({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, localizedPath(locale, "/portal"));
  const [t, organizations] = await Promise.all([getTranslations("Portal"), listEditableOrganizations(viewer.organizationIds)]);
  const now = new Date();
  return (
    <section className="space-y-5" aria-labelledby="portal-heading">
      <h1 id="portal-heading" className="text-2xl">
        {t("myListingsTitle")}
      </h1>
      <p className="max-w-3xl">{t("myListingsIntro")}</p>
      {organizations.length === 0 ? (
        <div className="card space-y-2">
          <p>{t("noListings")}</p>
          {canModerate(viewer) ? (
            <p>
              {t("moderatorNoListings")} <a href={localizedPath(locale, "/admin")}>{t("goToModeration")}</a>
            </p>
          ) : null}
        </div>
      ) : (
        <ul className="space-y-3">
          {organizations.map((organization) => (
            <li key={organization.id} className="card space-y-2">
              <h2 className="text-lg">
                <a href={localizedPath(locale, `/portal/organizations/${organization.slug}`)}>
                  <bdi>{organization.name}</bdi>
                </a>
              </h2>
              <p className="font-semibold">{organization.openChangeStatus ? t(`openChange.${organization.openChangeStatus}`) : t("noOpenChange")}</p>
              <VerificationNotice verifiedAt={organization.verifiedAt} now={now} />
              <p>
                <a href={localizedPath(locale, `/portal/organizations/${organization.slug}`)} className="button-secondary">
                  {t("editListing")}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
