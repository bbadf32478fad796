import { describe, expect, it } from "vitest";
import { translationUnits } from "@/features/translations/catalog";
import { fromChromeJson, fromXliff, toChromeJson, toXliff, TranslationFileError } from "@/features/translations/formats";
import { mergeTranslatedTexts } from "@/features/translations/merge";
import { flattenMessages, type MessageTree } from "@/i18n/message-checks";
import { readMessageTree } from "@/i18n/message-files";

const english = readMessageTree("en");
const spanish = readMessageTree("es");

describe("translation export files", () => {
  const units = translationUnits(english, spanish);

  it("give every English message with its Spanish text and where it appears", () => {
    expect(units).toHaveLength(flattenMessages(english).size);
    const heading = units.find((unit) => unit.id === "Home.heading");
    expect(heading?.target).toBe(flattenMessages(spanish).get("Home.heading"));
    expect(heading?.context).toBe("Home page");
  });

  it("read back every text unchanged from XLIFF 2.0, ICU syntax and tags included", () => {
    const { locale, texts } = fromXliff(toXliff(units, "es"));
    expect(locale).toBe("es");
    expect(texts).toEqual(flattenMessages(spanish));
  });

  it("read back every text unchanged from the JSON file", () => {
    expect(fromChromeJson(toChromeJson(units))).toEqual(flattenMessages(spanish));
  });

  it("escape markup so a text cannot break the XLIFF file", () => {
    const tricky = { A: { b: `<b>5 & "6"</b> ’ {count, plural, one {#} other {#}}` } };
    const xml = toXliff(translationUnits(tricky, tricky), "fr");
    expect(xml).not.toContain("<b>");
    expect(fromXliff(xml).texts.get("A.b")).toBe(tricky.A.b);
  });

  it("mark a message the locale lacks as still to translate, with an empty target", () => {
    const [unit] = translationUnits({ A: { b: "Hello" } }, {});
    expect(unit).toMatchObject({ id: "A.b", target: "", state: "initial" });
    expect(fromXliff(toXliff([unit!], "ht")).texts.size).toBe(0);
  });
});

describe("reading a translator's file", () => {
  it("refuses what is not XLIFF 2.0", () => {
    expect(() => fromXliff("not xml at all <")).toThrow(TranslationFileError);
    expect(() => fromXliff(`<xliff version="1.2" trgLang="fr"><file/></xliff>`)).toThrow(/XLIFF 2.0/);
    expect(() => fromXliff(`<xliff version="2.0"><file/></xliff>`)).toThrow(/trgLang/);
  });

  it("refuses inline markup that would be lost, but accepts attributes on the target", () => {
    const unit = (target: string) =>
      `<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="A.b"><segment><source>Hi</source>${target}</segment></unit></file></xliff>`;
    expect(() => fromXliff(unit(`<target>Bonjour <ph id="1"/></target>`))).toThrow(/inline markup/);
    expect(fromXliff(unit(`<target xml:lang="fr">Bonjour</target>`)).texts.get("A.b")).toBe("Bonjour");
  });

  it("refuses a unit a tool split into several segments, which would lose all but the first", () => {
    const split = `<xliff version="2.0" srcLang="en" trgLang="fr"><file id="f"><unit id="A.b"><segment><source>One.</source><target>Un.</target></segment><segment><source>Two.</source><target>Deux.</target></segment></unit></file></xliff>`;
    expect(() => fromXliff(split)).toThrow(/several segments/);
    expect(toXliff(translationUnits({ A: { b: "Hi" } }, {}), "fr")).toContain('canResegment="no"');
  });

  it("refuses JSON that is not an object of entries", () => {
    expect(() => fromChromeJson("[1, 2]")).toThrow(TranslationFileError);
    expect(() => fromChromeJson("{")).toThrow(TranslationFileError);
  });
});

describe("merging a translator's texts", () => {
  const source: MessageTree = { A: { greeting: "Hello {name}", count: "{count, plural, one {# guide} other {# guides}}" }, B: { exit: "Quick exit" } };

  it("keeps English order and nesting, counts changes, lists what is missing and ignores unknown keys", () => {
    const merge = mergeTranslatedTexts("fr", source, { B: { exit: "Sortie" } }, new Map([["A.greeting", "Bonjour {name}"], ["Z.extra", "?"]]), []);
    expect(merge.problems).toEqual([]);
    expect(JSON.stringify(merge.messages)).toBe(JSON.stringify({ A: { greeting: "Bonjour {name}" }, B: { exit: "Sortie" } }));
    expect(merge.missing).toEqual(["A.count"]);
    expect(merge.unknown).toEqual(["Z.extra"]);
    expect(merge.changed).toBe(1);
  });

  it("reports a broken placeholder or a plural category the language lacks", () => {
    const merge = mergeTranslatedTexts(
      "zh",
      source,
      {},
      new Map([
        ["A.greeting", "你好 {nom}"],
        ["A.count", "{count, plural, one {# 份} other {# 份}}"],
        ["B.exit", "快速离开"],
      ]),
      [],
    );
    expect(merge.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^A\.greeting: placeholders/), expect.stringMatching(/^A\.count: .*"one"/)]));
  });
});
