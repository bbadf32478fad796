import { useTranslations } from "next-intl";
import type { LocaleTranslationStatus } from "../data";

/** Rounded down, so a language one text short of done never reads "100%". */
function completeShare({ translated, total }: { translated: number; total: number }): number {
  // Integer division first: (29 / 100) * 100 is 28.999… in floating point.
  return total === 0 ? 1 : Math.floor((translated * 100) / total) / 100;
}

const COLUMNS = ["columnLanguage", "columnInterface", "columnRights", "columnFiles"] as const;

export function TranslationStatusTable({ statuses }: { statuses: readonly LocaleTranslationStatus[] }) {
  const t = useTranslations("Translate");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-start text-sm sm:text-base" data-testid="translation-status">
        <caption className="pb-2 text-start font-semibold">{t("tableCaption")}</caption>
        <thead>
          <tr className="border-b border-slate-300">
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className="py-2 pe-4 text-start">
                {t(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statuses.map((status) => {
            const missingGuides = status.rights.total - status.rights.translated;
            const language = (
              <span lang={status.code} dir={status.dir}>
                {status.nativeName}
              </span>
            );
            return (
              <tr key={status.code} className="border-b border-slate-200 align-top" data-locale={status.code}>
                <th scope="row" className="py-2 pe-4 text-start font-semibold">
                  {language}
                </th>
                <td className="py-2 pe-4">
                  {t("interfaceProgress", { percent: completeShare(status.interface), translated: status.interface.translated, total: status.interface.total })}
                </td>
                <td className="py-2 pe-4">
                  {t("rightsProgress", { count: status.rights.translated, total: status.rights.total })}
                  {missingGuides > 0 ? <span className="block text-amber-800">{t("missingRights", { count: missingGuides })}</span> : null}
                </td>
                <td className="py-2">
                  <span className="flex flex-wrap gap-x-4 gap-y-1">
                    {(["xlf", "json"] as const).map((format) => (
                      <a
                        key={format}
                        href={`/api/translations/${status.code}.${format}`}
                        download
                        aria-label={t("downloadLabel", { format: t(format === "xlf" ? "downloadXliff" : "downloadJson"), language: status.nativeName })}
                      >
                        {t(format === "xlf" ? "downloadXliff" : "downloadJson")}
                      </a>
                    ))}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
