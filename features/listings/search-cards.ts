/**
 * What a results card shows of an organization, an office and a service,
 * stored as one JSON row each (the SearchCard table) next to the search
 * index and rebuilt with it in the same transaction. A results page then
 * reads its twenty cards with one lookup by organization, instead of
 * joining seven listing tables, whose rows are scattered across a large
 * database.
 * Isomorphic, no I/O: features/listings/mutations.ts writes the cards and
 * features/directory/data.ts reads them.
 */
import type { WeeklySchedule } from "./opening-hours";
import type { AccreditationKind, CapacityStatus, TranslationSource } from "./schema";

export interface CardPhone {
  number: string;
  extension: string | null;
  acceptsText: boolean;
}

export interface CardAddress {
  address1: string;
  address2: string | null;
  city: string;
  region: string;
  postalCode: string;
}

/** The record's name in another language. */
export interface CardName {
  locale: string;
  value: string;
  source: TranslationSource;
}

export interface OrganizationCard {
  kind: "organization";
  slug: string;
  name: string;
  sourceLocale: string;
  isSample: boolean;
  verifiedAt: Date | null;
  accreditations: AccreditationKind[];
  phone: CardPhone | null;
  names: CardName[];
}

export interface LocationCard {
  kind: "location";
  name: string | null;
  latitude: number;
  longitude: number;
  address: CardAddress | null;
  phone: CardPhone | null;
  schedule: WeeklySchedule | undefined;
  names: CardName[];
}

export interface ServiceCard {
  kind: "service";
  name: string;
  capacityStatus: CapacityStatus | null;
  capacityUpdatedAt: Date | null;
  /** The service's own phone, hotlines left out (they have their own page). */
  phone: CardPhone | null;
  names: CardName[];
}

export type SearchCard = OrganizationCard | LocationCard | ServiceCard;

export interface PhoneForCard extends CardPhone {
  sortOrder: number;
}

/** The phone a card shows: the first in the listing's own order. */
export function firstPhone(phones: PhoneForCard[]): CardPhone | null {
  const [phone] = [...phones].sort((a, b) => a.sortOrder - b.sortOrder);
  return phone ? { number: phone.number, extension: phone.extension, acceptsText: phone.acceptsText } : null;
}

/** Dates travel as ISO strings in JSON. */
export function encodeCard(card: SearchCard): string {
  return JSON.stringify(card);
}

const dateOrNull = (value: unknown): Date | null => (typeof value === "string" ? new Date(value) : null);

export function decodeCard(json: string): SearchCard {
  // A fresh object from JSON.parse: its dates are set in place.
  const card = JSON.parse(json) as SearchCard;
  if (card.kind === "organization") card.verifiedAt = dateOrNull(card.verifiedAt);
  else if (card.kind === "service") card.capacityUpdatedAt = dateOrNull(card.capacityUpdatedAt);
  return card;
}
