import { useLocale } from "next-intl";
import { siteFormatFor, type SiteFormat } from "./format";

/** The site format (i18n/format.ts) of the page's locale, for components. */
export function useSiteFormat(): SiteFormat {
  return siteFormatFor(useLocale());
}
