import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "@/features/accounts/components/AccountForms";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

export default async function ResetPasswordPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const { token } = await searchParams;
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  const usable = typeof token === "string" && /^[A-Za-z0-9_-]{10,200}$/.test(token);
  return (
    <section className="mx-auto max-w-md space-y-5" aria-labelledby="reset-heading">
      <h1 id="reset-heading" className="text-2xl">
        {usable ? t("resetTitle") : t("resetInvalidTitle")}
      </h1>
      {usable ? (
        <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
          <ResetPasswordForm locale={locale} token={token} />
        </NextIntlClientProvider>
      ) : (
        <>
          <p>{t("resetInvalid")}</p>
          <p>
            <a href={localizedPath(locale, "/portal/forgot-password")}>{t("requestNewLink")}</a>
          </p>
        </>
      )}
    </section>
  );
}
