import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { SHIPPED_LOCALES } from "@/i18n/locales";

type MessageTree = { [key: string]: string | MessageTree };

function flatten(tree: MessageTree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(name, value);
    else for (const [child, text] of flatten(value, name)) entries.set(child, text);
  }
  return entries;
}

function load(locale: string): Map<string, string> {
  return flatten(JSON.parse(fs.readFileSync(path.join("messages", `${locale}.json`), "utf8")) as MessageTree);
}

/** Argument and tag names a message uses; a translation must use the same ones. */
function placeholders(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) names.add(element.value);
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      names.add(element.value);
      for (const option of Object.values(element.options)) placeholders(option.value, names);
    }
    if (element.type === TYPE.tag) {
      names.add(`<${element.value}>`);
      placeholders(element.children, names);
    }
  }
  return names;
}

const english = load("en");

describe.each(SHIPPED_LOCALES.map((locale) => locale.code))("messages/%s.json", (locale) => {
  const messages = load(locale);

  it("has exactly the keys of en.json", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("has no empty message, and every message is valid ICU with the same placeholders as English", () => {
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe("");
      const englishText = english.get(key);
      if (englishText === undefined) continue;
      expect([...placeholders(parse(text))].sort(), `${locale}: ${key}`).toEqual([...placeholders(parse(englishText))].sort());
    }
  });
});
