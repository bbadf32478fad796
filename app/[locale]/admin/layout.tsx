import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { StaffNavigation } from "@/features/accounts/components/StaffNavigation";
import { currentViewer } from "@/features/accounts/viewer";
import { mustSetUpTwoFactor } from "@/features/accounts/permissions";
import { AdminNavigation } from "@/features/moderation/components/AdminNavigation";
import { asLocale } from "@/i18n/locales";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: asLocale((await params).locale), namespace: "Moderation" });
  // Staff pages are nobody's search result.
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = asLocale((await params).locale);
  setRequestLocale(locale);
  const viewer = await currentViewer();
  return (
    <div className="space-y-6">
      {viewer ? <StaffNavigation viewer={viewer} locale={locale} /> : null}
      {viewer && !mustSetUpTwoFactor(viewer) ? <AdminNavigation viewer={viewer} locale={locale} /> : null}
      {children}
    </div>
  );
}
