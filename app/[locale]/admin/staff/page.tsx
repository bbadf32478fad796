import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { revokeStaffInvitation, setStaffAccountActive } from "@/features/accounts/actions";
import { listPendingInvitations, listStaff } from "@/features/accounts/data";
import { requirePermission } from "@/features/accounts/guards";
import { canAdminister, type StaffRole } from "@/features/accounts/permissions";
import { InvitationForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { siteFormatFor } from "@/i18n/format";
import { asLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

/**
 * Staff roles, in the order the form offers them (the first is its default;
 * administrator last). Editors are invited from their organization's page,
 * where the organization is given.
 */
const INVITED_HERE: readonly StaffRole[] = ["moderator", "legal_reviewer", "admin"];

/** Every staff account, invitations in flight, and the form to invite someone. Admins only. */
export default async function StaffPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, "/admin/staff");
  const viewer = await requirePermission(locale, path, canAdminister);
  const [t, tAccount, messages, staff, invitations] = await Promise.all([getTranslations("Moderation"), getTranslations("Account"), getMessages(), listStaff(), listPendingInvitations()]);
  const format = siteFormatFor(locale);
  const hidden = (extra: Record<string, string>) => Object.entries({ locale, returnTo: path, ...extra }).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <section className="space-y-6" aria-labelledby="staff-heading">
      <h1 id="staff-heading" className="text-2xl">
        {t("staffTitle")}
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p>{t("staffIntro")}</p>
      <ul className="space-y-2">
        {staff.map((member) => (
          <li key={member.id} className="card flex flex-wrap items-center justify-between gap-3" data-testid="staff-member">
            <div className="space-y-1">
              <p className="font-semibold">
                <bdi>{member.name}</bdi> · {tAccount(`roles.${member.role}`)}
              </p>
              <p className="text-sm text-slate-700">
                <bdi dir="ltr">{member.email}</bdi> · {member.twoFactorEnabled ? t("staffTwoFactorOn") : t("staffTwoFactorOff")}
                {member.deactivated ? ` · ${t("deactivated")}` : ""}
                {member.organizations.length > 0 ? (
                  <>
                    {" · "}
                    <bdi>{member.organizations.map((organization) => organization.name).join(", ")}</bdi>
                  </>
                ) : null}
              </p>
            </div>
            {member.id === viewer.id ? null : (
              <form action={setStaffAccountActive}>
                {hidden({ userId: member.id, active: member.deactivated ? "true" : "false" })}
                <button type="submit" className="button-secondary" aria-label={`${member.deactivated ? t("reactivate") : t("deactivate")}: ${member.name}`}>
                  {member.deactivated ? t("reactivate") : t("deactivate")}
                </button>
              </form>
            )}
          </li>
        ))}
      </ul>

      {invitations.length > 0 ? (
        <section className="card space-y-2" aria-labelledby="invitations-heading">
          <h2 id="invitations-heading" className="text-lg">
            {t("pendingInvitations")}
          </h2>
          <ul className="space-y-2">
            {invitations.map((invitation) => (
              <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <bdi dir="ltr">{invitation.email}</bdi> · {tAccount(`roles.${invitation.role}`)}
                  {invitation.organizationName ? (
                    <>
                      {" · "}
                      <bdi>{invitation.organizationName}</bdi>
                    </>
                  ) : null}{" "}
                  · {t("invitationExpires", { date: format.date(invitation.expiresAt, "medium") })}
                </span>
                <form action={revokeStaffInvitation}>
                  {hidden({ invitationId: invitation.id })}
                  <button type="submit" className="button-secondary" aria-label={`${t("revoke")}: ${invitation.email}`}>
                    {t("revoke")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section className="card space-y-3" aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg">
          {t("inviteStaffHeading")}
        </h2>
        <p>{t.rich("inviteEditorsElsewhere", { link: (chunks) => <a href={localizedPath(locale, "/admin/organizations")}>{chunks}</a> })}</p>
        <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
          <InvitationForm
            hidden={{}}
            roles={INVITED_HERE.map((role) => ({ value: role, label: tAccount(`roles.${role}`) }))}
            languages={SHIPPED_LOCALES.map(({ code, nativeName }) => ({ value: code, label: nativeName }))}
            defaultLanguage={locale}
          />
        </NextIntlClientProvider>
      </section>
    </section>
  );
}
