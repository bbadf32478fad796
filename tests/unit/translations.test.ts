import { describe, expect, it } from "vitest";
import { TranslationIndex } from "@/features/listings/translations";

const index = new TranslationIndex([
  { entityId: "org-1", field: "description", locale: "ar", value: "وصف", source: "machine" },
  { entityId: "org-2", field: "eligibilityDescription", locale: "en", value: "Adults", source: "community" },
]);

describe("translation fallback", () => {
  it("uses the original text when the reader reads the organization's language", () => {
    expect(index.pick("org-1", "description", "Descripción", "es", "es")).toEqual({
      text: "Descripción",
      lang: "es",
      source: "original",
      isFallback: false,
    });
  });

  it("uses a translation in the reader's language, with its source", () => {
    expect(index.pick("org-1", "description", "Descripción", "es", "ar")).toEqual({ text: "وصف", lang: "ar", source: "machine", isFallback: false });
  });

  it("falls back to the organization's own language before English", () => {
    expect(index.pick("org-1", "description", "Descripción", "es", "en")).toEqual({
      text: "Descripción",
      lang: "es",
      source: "original",
      isFallback: true,
    });
  });

  it("falls back to English when the record has no text of its own", () => {
    expect(index.pick("org-2", "eligibilityDescription", null, "es", "ar")).toEqual({ text: "Adults", lang: "en", source: "community", isFallback: true });
    expect(index.pick("org-2", "applicationProcess", null, "es", "ar")).toBeNull();
  });
});
