/** A site path in a locale: localizedPath("es", "/about") → "/es/about". */
export function localizedPath(locale: string, path = ""): string {
  return `/${locale}${path === "/" ? "" : path}`;
}
