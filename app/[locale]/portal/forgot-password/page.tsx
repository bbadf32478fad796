import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/accounts/components/AccountForms";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  return (
    <section className="mx-auto max-w-md space-y-5" aria-labelledby="forgot-heading">
      <h1 id="forgot-heading" className="text-2xl">
        {t("forgotTitle")}
      </h1>
      <p>{t("forgotIntro")}</p>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
        <ForgotPasswordForm />
      </NextIntlClientProvider>
      <p>
        <a href={localizedPath(locale, "/portal/sign-in")}>{t("signInTitle")}</a>
      </p>
    </section>
  );
}
