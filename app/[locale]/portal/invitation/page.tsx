import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { InvitationForm } from "@/features/accounts/components/AccountForms";
import { findUsableInvitation } from "@/features/accounts/data";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";

export default async function InvitationPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const invitation = typeof token === "string" && /^[A-Za-z0-9_-]{10,200}$/.test(token) ? await findUsableInvitation(token) : null;
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  if (!invitation || typeof token !== "string") {
    return (
      <section className="mx-auto max-w-md space-y-5" aria-labelledby="invitation-heading">
        <h1 id="invitation-heading" className="text-2xl">
          {t("invitationInvalidTitle")}
        </h1>
        <p>{t("invitationInvalid")}</p>
      </section>
    );
  }
  return (
    <section className="mx-auto max-w-md space-y-5" aria-labelledby="invitation-heading">
      <h1 id="invitation-heading" className="text-2xl">
        {t("invitationTitle")}
      </h1>
      <p>{invitation.organizationName ? t("invitationIntroEditor", { organization: invitation.organizationName }) : t("invitationIntro", { role: t(`roles.${invitation.role}`) })}</p>
      <p>
        {t("invitationEmail", { email: invitation.email })}
      </p>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
        <InvitationForm locale={locale} token={token} accountExists={invitation.accountExists} />
      </NextIntlClientProvider>
    </section>
  );
}
