import type { Locale } from "./locales";
import type en from "@/messages/en.json";

export type Messages = typeof en;
export type MessageNamespace = keyof Messages;

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await import(`../messages/${locale}.json`)).default as Messages;
}

/** The subset of messages passed to client components (next-intl would send all otherwise). */
export function pickNamespaces<N extends MessageNamespace>(messages: Messages, namespaces: readonly N[]): Pick<Messages, N> {
  const picked = {} as Pick<Messages, N>;
  for (const namespace of namespaces) picked[namespace] = messages[namespace];
  return picked;
}
