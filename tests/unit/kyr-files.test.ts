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
      for (const source of material.sources) if (source.url) expect(source.url, material.slug).toMatch(/^https:\/\//);
    }
    // meta.json says 12 days before the day it is loaded.
    expect(materials.find((material) => material.slug === "find-detained-relative")?.lastReviewedAt.toISOString()).toBe("2026-11-17T00:00:00.000Z");
  });

  it("keeps every translation's sections and links those of the English original (a dropped section or a changed address shows here)", () => {
    const materials = readKyrMaterials(new Date("2026-11-29T00:00:00Z")).map((material) => kyrMaterialInputSchema.parse(material));
    const sectionCount = (body: string) => body.split("\n").filter((line) => line.startsWith("## ")).length;
    const links = (body: string) => [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    for (const material of materials) {
      const english = material.translations.find((translation) => translation.locale === "en");
      expect(english, material.slug).toBeDefined();
      for (const translation of material.translations) {
        expect(sectionCount(translation.body), `${material.slug} ${translation.locale}`).toBe(sectionCount(english?.body ?? ""));
        expect(links(translation.body), `${material.slug} ${translation.locale}`).toEqual(links(english?.body ?? ""));
      }
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
