import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { removeEditor, revokeStaffInvitation } from "@/features/accounts/actions";
import { listEditors, listPendingInvitations } from "@/features/accounts/data";
import { requirePermission } from "@/features/accounts/guards";
import { canModerate } from "@/features/accounts/permissions";
import { VerificationNotice } from "@/features/listings/components/VerificationNotice";
import { isSlug } from "@/features/listings/slugs";
import { reverify } from "@/features/moderation/actions";
import { InvitationForm } from "@/features/moderation/components/DecisionForms";
import { ResultNotice } from "@/features/moderation/components/ResultNotice";
import { getEditingState } from "@/features/moderation/data";
import { siteFormatFor } from "@/i18n/format";
import { asLocale, SHIPPED_LOCALES } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type Params = Promise<{ locale: string; slug: string }>;

export default async function AdminOrganizationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { slug } = await params;
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const path = localizedPath(locale, `/admin/organizations/${slug}`);
  await requirePermission(locale, path, canModerate);
  const state = isSlug(slug) ? await getEditingState(slug) : null;
  if (!state) notFound();
  const { organization, open } = state;
  const [t, tPortal, messages, editors, invitations] = await Promise.all([
    getTranslations("Moderation"),
    getTranslations("Portal"),
    getMessages(),
    listEditors(organization.id),
    listPendingInvitations(organization.id),
  ]);
  const format = siteFormatFor(locale);
  const hidden = (extra: Record<string, string>) =>
    Object.entries({ locale, returnTo: path, ...extra }).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
  return (
    <article className="space-y-6" aria-labelledby="organization-heading">
      <h1 id="organization-heading" className="text-2xl">
        <bdi>{organization.name}</bdi>
      </h1>
      <ResultNotice result={(await searchParams).result} />
      <p className="flex flex-wrap gap-3">
        <a href={localizedPath(locale, `/organizations/${organization.slug}`)}>{tPortal("viewPublic")}</a>
        <a href={localizedPath(locale, `/portal/organizations/${organization.slug}`)}>{t("editAsModerator")}</a>
        <a href={`${path}/history`}>{t("historyLink")}</a>
        {open && (open.status === "pending" || open.status === "awaiting_second") ? (
          <a href={localizedPath(locale, `/admin/changes/${open.id}`)}>{t("openChangeLink", { status: t(`changeStatus.${open.status}`) })}</a>
        ) : null}
      </p>

      <section className="card space-y-3" aria-labelledby="verification-heading">
        <h2 id="verification-heading" className="text-lg">
          {t("verification")}
        </h2>
        <VerificationNotice verifiedAt={organization.verifiedAt} now={new Date()} />
        <p>
          {organization.verifiedAt ? t("verifiedOn", { date: format.date(organization.verifiedAt, "medium"), role: organization.verifiedByRole ?? "moderator" }) : t("neverVerified")}{" "}
          {t("version", { version: organization.version })}
        </p>
        <form action={reverify} className="space-y-2" data-testid="reverify-form">
          {hidden({ organizationId: organization.id })}
          <p className="text-sm text-slate-700">{t("reverifyHint")}</p>
          <button type="submit" className="button-secondary">
            {t("reverify")}
          </button>
        </form>
      </section>

      <section className="card space-y-3" aria-labelledby="editors-heading">
        <h2 id="editors-heading" className="text-lg">
          {t("editorsHeading")}
        </h2>
        {editors.length === 0 ? <p>{t("noEditors")}</p> : null}
        <ul className="space-y-2">
          {editors.map((editor) => (
            <li key={editor.userId} className="flex flex-wrap items-center justify-between gap-2">
              <span>
                <bdi>{editor.name}</bdi> · <bdi dir="ltr">{editor.email}</bdi> · {t("editorSince", { date: format.date(editor.since, "medium") })}
              </span>
              <form action={removeEditor}>
                {hidden({ userId: editor.userId, organizationId: organization.id })}
                <button type="submit" className="button-secondary" aria-label={`${t("removeEditor")}: ${editor.name}`}>
                  {t("removeEditor")}
                </button>
              </form>
            </li>
          ))}
        </ul>
        {invitations.length > 0 ? (
          <>
            <h3 className="text-base">{t("pendingInvitations")}</h3>
            <ul className="space-y-2">
              {invitations.map((invitation) => (
                <li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <bdi dir="ltr">{invitation.email}</bdi> · {t("invitationExpires", { date: format.date(invitation.expiresAt, "medium") })}
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
          </>
        ) : null}
        <h3 className="text-base">{t("inviteEditorHeading")}</h3>
        <p className="text-sm text-slate-700">{t("inviteEditorIntro")}</p>
        <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Moderation"])}>
          <InvitationForm
            hidden={{ organizationId: organization.id }}
            roles={[{ value: "editor", label: "editor" }]}
            languages={SHIPPED_LOCALES.map(({ code, nativeName }) => ({ value: code, label: nativeName }))}
            defaultLanguage={locale}
          />
        </NextIntlClientProvider>
      </section>
    </article>
  );
}
