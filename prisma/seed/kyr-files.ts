import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { TRANSLATION_SOURCES } from "@/features/listings/schema";
import type { KyrMaterialInputDraft } from "@/features/rights/schema";

const DAY_MS = 24 * 60 * 60 * 1000;
export const KYR_DIRECTORY = path.join(process.cwd(), "prisma", "seed", "kyr");

const metaSchema = z.object({
  sortOrder: z.number().int(),
  reviewedDaysAgo: z.number().int().min(0),
  sources: z.array(z.object({ citation: z.string(), url: z.string().optional() })),
  /**
   * Who made each translation, by locale, once a person has made or checked
   * it ("professional", "community"). A translation not listed here is
   * loaded, and labelled to readers, as a machine translation.
   */
  translationSources: z.partialRecord(z.string(), z.enum(TRANSLATION_SOURCES)).default({}),
});

/** Title from the first "# " line, summary from the first paragraph after it, body from the rest. */
export function parseKyrMarkdown(markdown: string, file: string): { title: string; summary: string; body: string } {
  const [heading, ...rest] = markdown.replace(/\r\n/g, "\n").trim().split("\n");
  if (!heading?.startsWith("# ")) throw new Error(`${file}: the first line must be the title ("# ...")`);
  const paragraphs = rest.join("\n").trim().split(/\n{2,}/);
  const [summary, ...body] = paragraphs;
  if (!summary || body.length === 0) throw new Error(`${file}: needs a summary paragraph and a body`);
  return { title: heading.slice(2).trim(), summary: summary.trim(), body: body.join("\n\n").trim() };
}

export function readKyrMaterials(now: Date, directory = KYR_DIRECTORY): KyrMaterialInputDraft[] {
  return fs
    .readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = path.join(directory, entry.name);
      const meta = metaSchema.parse(JSON.parse(fs.readFileSync(path.join(folder, "meta.json"), "utf8")));
      const translations = fs
        .readdirSync(folder)
        .filter((file) => file.endsWith(".md"))
        .sort()
        .map((file) => ({
          locale: path.basename(file, ".md"),
          // The guides are written in English; every other language is a machine translation until a person checks it.
          source: path.basename(file, ".md") === "en" ? ("original" as const) : (meta.translationSources[path.basename(file, ".md")] ?? ("machine" as const)),
          ...parseKyrMarkdown(fs.readFileSync(path.join(folder, file), "utf8"), path.join(folder, file)),
        }));
      return {
        slug: entry.name,
        sortOrder: meta.sortOrder,
        lastReviewedAt: new Date(now.getTime() - meta.reviewedDaysAgo * DAY_MS),
        sources: meta.sources,
        translations,
      };
    });
}
