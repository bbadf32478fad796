import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { TwoFactorSetup } from "@/features/accounts/components/TwoFactorSetup";
import { requireViewer } from "@/features/accounts/guards";
import { mustSetUpTwoFactor } from "@/features/accounts/permissions";
import { Notice } from "@/features/site/components/FormFields";
import { asLocale } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { localizedPath } from "@/i18n/paths";

export default async function SecurityPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, localizedPath(locale, "/portal/security"), { allowWithoutTwoFactor: true });
  const [t, messages] = await Promise.all([getTranslations("Account"), getMessages()]);
  return (
    <section className="max-w-2xl space-y-5" aria-labelledby="security-heading">
      <h1 id="security-heading" className="text-2xl">
        {t("securityTitle")}
      </h1>
      <p>{t("securityIntro")}</p>
      {mustSetUpTwoFactor(viewer) ? <Notice tone="warning">{t("twoFactorRequired")}</Notice> : null}
      {viewer.twoFactorEnabled ? (
        <Notice>{t("twoFactorOn")}</Notice>
      ) : (
        <NextIntlClientProvider messages={pickNamespaces(messages as Messages, ["Account"])}>
          <TwoFactorSetup />
        </NextIntlClientProvider>
      )}
    </section>
  );
}
