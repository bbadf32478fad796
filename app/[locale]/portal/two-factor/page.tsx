import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SignInCodeForm } from "@/features/accounts/components/AccountForms";
import { safeReturnPath } from "@/features/accounts/return-path";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

export default async function TwoFactorPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(locale, typeof query.next === "string" ? query.next : null);
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  return (
    <section className="mx-auto max-w-md space-y-5" aria-labelledby="two-factor-heading">
      <h1 id="two-factor-heading" className="text-2xl">
        {t("twoFactorTitle")}
      </h1>
      <p>{t("twoFactorIntro")}</p>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
        <SignInCodeForm locale={locale} next={next} />
      </NextIntlClientProvider>
      <p>
        <a href={localizedPath(locale, "/portal/sign-in")}>{t("signInTitle")}</a>
      </p>
    </section>
  );
}
