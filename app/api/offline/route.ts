import { getTranslations } from "next-intl/server";
import { listKyrMaterials } from "@/features/rights/data";
import { siteFormatFor } from "@/i18n/format";
import { isLocale } from "@/i18n/locales";
import { localizedPath } from "@/i18n/paths";

export const dynamic = "force-dynamic";

/**
 * What the service worker keeps for offline use in a language: the pages of
 * the essentials, and the notice it shows on saved pages ({date} is filled
 * in by the worker, with the same Intl locale as the site's own dates). The same for everyone; nothing about the visitor.
 */
export async function GET(request: Request): Promise<Response> {
  const locale = new URL(request.url).searchParams.get("locale") ?? "";
  if (!isLocale(locale)) return Response.json({ error: "unknown locale" }, { status: 400 });
  const [materials, t] = await Promise.all([listKyrMaterials(locale), getTranslations({ locale, namespace: "Offline" })]);
  const pages = [
    localizedPath(locale),
    localizedPath(locale, "/rights"),
    ...materials.map((material) => localizedPath(locale, `/rights/${material.slug}`)),
    localizedPath(locale, "/rights/card"),
    localizedPath(locale, "/hotlines"),
    localizedPath(locale, "/safety"),
    localizedPath(locale, "/offline"),
  ];
  return Response.json(
    { pages, notice: { text: t("notice", { date: "{date}" }), dateLocale: siteFormatFor(locale).intlLocale } },
    { headers: { "Cache-Control": "no-store" } },
  );
}
