import { getTranslationUnits, isTranslatableLanguage } from "@/features/translations/data";
import { toChromeJson, toXliff } from "@/features/translations/formats";

export const dynamic = "force-dynamic";

const CONTENT_TYPES = { xlf: "application/xliff+xml; charset=utf-8", json: "application/json; charset=utf-8" } as const;

/** `/api/translations/fa.xlf` or `/api/translations/fa.json`: a language's messages with context, for translation tools. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const match = /^([a-z]{2,3})\.(xlf|json)$/.exec((await params).file);
  const locale = match?.[1] ?? "";
  const format = match?.[2] as keyof typeof CONTENT_TYPES | undefined;
  if (!format || !isTranslatableLanguage(locale)) {
    return Response.json({ error: "Use /api/translations/<language>.xlf or .json with a language code the site knows, such as fr or ht" }, { status: 404 });
  }
  const units = getTranslationUnits(locale);
  return new Response(format === "xlf" ? toXliff(units, locale) : toChromeJson(units), {
    headers: {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="know-your-rights-directory-${locale}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
}
