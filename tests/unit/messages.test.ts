import { describe, expect, it } from "vitest";
import { checkMessages, type MessageTree } from "@/i18n/message-checks";
import { allowedSameAsEnglish, readMessageTree } from "@/i18n/message-files";
import { SHIPPED_LOCALES } from "@/i18n/locales";

const english = readMessageTree("en");

describe.each(SHIPPED_LOCALES.map((locale) => locale.code))("messages/%s.json", (locale) => {
  const result = checkMessages(locale, english, readMessageTree(locale), allowedSameAsEnglish(locale));

  it("has exactly the keys of en.json, nothing empty, valid ICU with the same placeholders and the language's plural categories", () => {
    expect(result.missing).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  it("leaves nothing in English except names a reviewer confirmed", () => {
    expect(result.sameAsEnglish).toEqual([]);
  });
});

describe("the message checks", () => {
  const source: MessageTree = { a: { count: "{count, plural, one {# guide} other {# guides}}", name: "Hello {name}", plain: "Quick exit" } };

  it("catch a missing key, an extra key, an empty text and a changed placeholder", () => {
    const { problems } = checkMessages("es", source, { a: { count: "{count, plural, one {# guía} other {# guías}}", name: "Hola {nombre}", plain: " " }, b: "extra" } as MessageTree);
    expect(problems).toEqual([
      "b: not in en.json",
      "a.name: placeholders [nombre] instead of [name]",
      "a.plain: empty",
    ]);
    expect(checkMessages("es", source, { a: { name: "Hola {name}" } }).missing).toEqual(["a.count", "a.plain"]);
  });

  it("catch broken ICU, plural categories the language lacks, and text left in English", () => {
    const { problems, sameAsEnglish: same } = checkMessages("zh", source, { a: { count: "{count, plural, one {# 个} other {# 个}}", name: "你好 {name", plain: "Quick exit" } });
    expect(problems).toEqual([
      'a.count: "count" uses the plural category "one", which this language does not have',
      expect.stringMatching(/^a\.name: not valid ICU/),
    ]);
    expect(same).toEqual(["a.plain"]);
  });
});
