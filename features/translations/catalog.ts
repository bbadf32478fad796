import { flattenMessages, type MessageTree } from "@/i18n/message-checks";

/**
 * The UI messages of a locale as translation units, the shape the export
 * formats (XLIFF 2.0, JSON with descriptions) and the import share. Each
 * unit carries where it appears, so translators see context.
 */
export interface TranslationUnit {
  /** The message key, e.g. "Home.heading". */
  id: string;
  source: string;
  /** Empty when the locale lacks the message. */
  target: string;
  /** Where the text appears, in English, for the translator. */
  context: string;
  state: "initial" | "translated";
}

const NAMESPACE_CONTEXT: Record<string, string> = {
  Metadata: "Page titles and descriptions, shown in browser tabs and search results",
  Layout: "Header, menu and footer of every page",
  Home: "Home page",
  Directory: "Search results page",
  Common: "Shared by several pages",
  Listing: "Details of an organization or service (search results and organization page)",
  Organization: "Organization page",
  Report: "The 'Report a problem' form on organization pages",
  About: "About page",
  NotFound: "Page not found",
  ErrorPage: "Page shown when something went wrong",
  Unavailable: "Page shown while the directory is down; lists the national hotlines and the government lines",
  LanguageNames: "Names of languages, used in lists of languages spoken",
  Safety: "Browse safely page",
  Hotlines: "Hotlines page",
  Rights: "Know-your-rights guides (legal text: translate faithfully)",
  RightsCard: "Printable wallet-size card of rights: keep lines very short",
  Offline: "Offline page and the notice on saved pages",
  Privacy: "Privacy page",
  Translate: "This page for translators",
  OfficialLines: "Government lines (immigration court, ICE, ORR) on the hotlines page and in guides: keep the cautions at full strength",
};

export function contextOf(id: string): string {
  const namespace = id.split(".")[0] ?? "";
  return NAMESPACE_CONTEXT[namespace] ?? namespace;
}

export function translationUnits(english: MessageTree, translated: MessageTree): TranslationUnit[] {
  const target = flattenMessages(translated);
  return [...flattenMessages(english)].map(([id, source]) => {
    const text = target.get(id) ?? "";
    return { id, source, target: text, context: contextOf(id), state: text.trim() ? "translated" : "initial" };
  });
}

/** Rebuilds a messages tree from unit ids and texts, in the order and nesting of `english`; keys English lacks are dropped. */
export function messagesFromUnits(english: MessageTree, texts: ReadonlyMap<string, string>, prefix = ""): MessageTree {
  const tree: MessageTree = {};
  for (const [key, value] of Object.entries(english)) {
    const id = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") {
      const text = texts.get(id);
      if (text !== undefined && text.trim() !== "") tree[key] = text;
    } else {
      const child = messagesFromUnits(value, texts, id);
      if (Object.keys(child).length > 0) tree[key] = child;
    }
  }
  return tree;
}
