import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { kyrMaterialInputSchema } from "@/features/rights/schema";
import { SHIPPED_LOCALES } from "@/i18n/locales";
import { parseKyrMarkdown, readKyrMaterials } from "@/prisma/seed/kyr-files";

describe("know-your-rights source files", () => {
  it("splits a Markdown file into title, summary and body", () => {
    expect(parseKyrMarkdown("# Title\n\nSummary line.\n\n## Part\n\nText.", "x.md")).toEqual({
      title: "Title",
      summary: "Summary line.",
      body: "## Part\n\nText.",
    });
    expect(() => parseKyrMarkdown("No title\n\nText", "x.md")).toThrow(/title/);
    expect(() => parseKyrMarkdown("# Title only", "x.md")).toThrow(/summary/);
  });

  it("gives every material in every shipped language, with sources and a review date", () => {
    const now = new Date("2026-11-29T00:00:00Z");
    const materials = readKyrMaterials(now).map((material) => kyrMaterialInputSchema.parse(material));
    expect(materials.length).toBeGreaterThanOrEqual(8);
    for (const material of materials) {
      expect(material.translations.map((translation) => translation.locale).sort()).toEqual(SHIPPED_LOCALES.map((locale) => locale.code).sort());
      expect(material.sources.length).toBeGreaterThan(0);
      expect(material.lastReviewedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });

  it("loads English as the original and every other language as a machine translation unless meta.json says a person made it", () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "kyr-files-"));
    const folder = path.join(directory, "sample-guide");
    fs.mkdirSync(folder);
    fs.writeFileSync(
      path.join(folder, "meta.json"),
      JSON.stringify({ sortOrder: 1, reviewedDaysAgo: 3, sources: [{ citation: "U.S. Constitution, Fifth Amendment" }], translationSources: { es: "professional" } }),
    );
    for (const locale of ["en", "es", "fr"]) fs.writeFileSync(path.join(folder, `${locale}.md`), `# Title ${locale}\n\nSummary.\n\nBody.`);
    const [material] = readKyrMaterials(new Date("2026-11-29T00:00:00Z"), directory);
    expect(material?.translations.map(({ locale, source }) => [locale, source])).toEqual([
      ["en", "original"],
      ["es", "professional"],
      ["fr", "machine"],
    ]);
    fs.rmSync(directory, { recursive: true });
  });
});
