import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/accounts/components/AccountForms";
import { currentViewer } from "@/features/accounts/viewer";
import { safeReturnPath } from "@/features/accounts/return-path";
import { Notice } from "@/features/site/components/FormFields";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: SearchParams }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const query = await searchParams;
  const next = safeReturnPath(locale, typeof query.next === "string" ? query.next : null);
  if (await currentViewer()) redirect(next ?? localizedPath(locale, "/portal"));
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  return (
    <section className="mx-auto max-w-md space-y-5" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading" className="text-2xl">
        {t("signInTitle")}
      </h1>
      {query.reset === "1" ? <Notice>{t("passwordSaved")}</Notice> : null}
      <p>{t("signInIntro")}</p>
      <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
        <SignInForm locale={locale} next={next} />
      </NextIntlClientProvider>
      <p>
        <a href={localizedPath(locale, "/portal/forgot-password")}>{t("forgotPassword")}</a>
      </p>
      <p className="text-sm text-slate-700">{t("noAccountHint")}</p>
    </section>
  );
}
