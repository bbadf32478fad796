import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/i18n/paths";

export default async function LocalizedNotFound() {
  const locale = await getLocale();
  const t = await getTranslations("NotFound");
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <h1 className="text-2xl">{t("heading")}</h1>
      <p>{t("text")}</p>
      <ul className="space-y-2">
        <li>
          <a href={localizedPath(locale)}>{t("homeLink")}</a>
        </li>
        <li>
          <a href={localizedPath(locale, "/directory")}>{t("searchLink")}</a>
        </li>
      </ul>
    </div>
  );
}
