import { describe, expect, it } from "vitest";
import { keywordQuery, TaxonomyNameKeys } from "@/features/directory/keyword-query";
import { attributeBit } from "@/features/listings/search-index";
import { hasKeyStartingWith, keywordKeys, normalizeSearchText, queryKeys } from "@/features/listings/search-text";

describe("keyword keys", () => {
  it("keys a text by its words, lowercase and without accents, each once, in code-unit order", () => {
    expect(keywordKeys(["Ayuda legal: Protección temporal", "LEGAL aid"])).toEqual(["aid", "ayuda", "legal", "proteccion", "temporal"]);
    expect(keywordKeys(["Zoë", "zebra", "Äpfel"])).toEqual(["apfel", "zebra", "zoe"]);
  });

  it("keys Chinese runs by overlapping pairs and the last character", () => {
    // 临 4E34, 份 4EFD, 保 4FDD, 护 62A4, 时 65F6, 身 8EAB.
    expect(keywordKeys(["临时保护身份"])).toEqual(["临时", "份", "保护", "护身", "时保", "身份"]);
    // A run inside a word of another script is split off.
    expect(keywordKeys(["TPS临时"])).toEqual(["tps", "临时", "时"]);
  });

  it("keys Korean by syllables, not by the letters decomposing takes them apart into", () => {
    expect(normalizeSearchText("법률")).toBe("법률");
    expect(keywordKeys(["법률 상담"])).toEqual(["담", "률", "법률", "상담"]);
  });

  it("keys an Arabic word also without the article, the conjunction and the prepositions joined to it", () => {
    expect(keywordKeys(["اللجوء"])).toEqual(["اللجوء", "لجوء"]);
    expect(keywordKeys(["والكفالة"])).toEqual(["الكفالة", "كفالة", "والكفالة"]);
    expect(keywordKeys(["للمهاجرين"])).toEqual(["للمهاجرين", "مهاجرين"]);
    expect(keywordKeys(["وقانون"])).toEqual(["قانون", "وقانون"]);
    // Short words keep their letters.
    expect(keywordKeys(["ولد"])).toEqual(["ولد"]);
    expect(keywordKeys(["الى"])).toEqual(["الى"]);
  });

  it("turns a query into keys: words as typed, Chinese runs into their pairs", () => {
    expect(queryKeys("  Protección  TEMPORAL protección ")).toEqual(["proteccion", "temporal"]);
    expect(queryKeys("法律援助")).toEqual(["法律", "律援", "援助"]);
    expect(queryKeys("援")).toEqual(["援"]);
    // No Arabic stripping on the query side: the index holds both forms.
    expect(queryKeys("اللجوء")).toEqual(["اللجوء"]);
    expect(queryKeys("¿?")).toEqual([]);
  });

  it("finds a key that starts with a prefix in a sorted list, and none otherwise", () => {
    const keys = ["asilo", "asylum", "bond", "hearing"];
    expect(hasKeyStartingWith(keys, "asyl")).toBe(true);
    expect(hasKeyStartingWith(keys, "as")).toBe(true);
    expect(hasKeyStartingWith(keys, "hearing")).toBe(true);
    expect(hasKeyStartingWith(keys, "hearings")).toBe(false);
    expect(hasKeyStartingWith(keys, "earing")).toBe(false);
    expect(hasKeyStartingWith(keys, "zz")).toBe(false);
    expect(hasKeyStartingWith(keys, "a")).toBe(true);
    expect(hasKeyStartingWith([], "a")).toBe(false);
  });

  it("gives each query key the types of help whose names in any language it starts a word of", () => {
    const names = new TaxonomyNameKeys([
      ["asylum", ["Asylum", "Asilo", "اللجوء"]],
      ["detention-bond", ["Detention and bond", "Detención y fianza"]],
      ["daca", ["DACA"]],
    ]);
    const asylum = attributeBit.taxonomy("asylum");
    const bond = attributeBit.taxonomy("detention-bond");
    expect(keywordQuery("asi", names)).toEqual([{ key: "asi", taxonomyBits: asylum }]);
    expect(keywordQuery("lujo لجوء", names)).toEqual([
      { key: "lujo", taxonomyBits: 0 },
      { key: "لجوء", taxonomyBits: asylum },
    ]);
    expect(keywordQuery("det", names)).toEqual([{ key: "det", taxonomyBits: bond }]);
    // "a" starts "asylum", "asilo" and "and".
    expect(keywordQuery("a", names)).toEqual([{ key: "a", taxonomyBits: asylum | bond }]);
    expect(keywordQuery("ca", names)).toEqual([{ key: "ca", taxonomyBits: 0 }]);
  });
});
