import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider, hasLocale } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { showsSampleListings } from "@/features/listings/data";
import { OfflineSupport } from "@/features/safety/components/OfflineSupport";
import { SiteFooter } from "@/features/site/components/SiteFooter";
import { SiteHeader } from "@/features/site/components/SiteHeader";
import { directionOf } from "@/i18n/locales";
import { pickNamespaces, type Messages } from "@/i18n/messages";
import { routing } from "@/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Metadata" });
  return {
    title: { template: `%s · ${t("siteName")}`, default: t("siteName") },
    description: t("homeDescription"),
    applicationName: t("siteName"),
    // No page of this site should end up in a referrer or be framed elsewhere.
    referrer: "no-referrer",
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0b5862",
};

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Layout");
  const messages = (await getMessages()) as Messages;
  // A footer notice must never take the page down with it.
  const showsSampleData = await showsSampleListings().catch(() => false);

  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="flex min-h-screen flex-col">
        {/* Client components get their strings as props; only the error page's own few strings go to the browser. */}
        <NextIntlClientProvider messages={pickNamespaces(messages, ["ErrorPage"])}>
          <a href="#main" className="skip-link">
            {t("skipToContent")}
          </a>
          <OfflineSupport locale={locale} />
          <SiteHeader locale={locale} />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter locale={locale} showsSampleData={showsSampleData} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
