import type { LocalizedText } from "../translations";

/**
 * A name from a listing (organization, service, place) set inside the
 * site's own text. `<bdi>` gives it its own direction, so "Loop Legal Aid
 * (test)" keeps its brackets in an Arabic page while the line stays aligned
 * with the page; `lang` marks a name in another language than the page's.
 */
export function ListingName({ value, locale }: { value: Pick<LocalizedText, "text" | "lang">; locale: string }) {
  return <bdi lang={value.lang === locale ? undefined : value.lang}>{value.text}</bdi>;
}
