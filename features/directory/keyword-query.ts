import { attributeBit } from "@/features/listings/search-index";
import { keywordKeys, queryKeys } from "@/features/listings/search-text";

/*
 * A keyword query as the resident index matches it (docs/decisions/020).
 * The names of the types of help, in every language the site ships, are
 * matched here rather than stored with every service: a query key that starts
 * a key of "Asilo" or "اللجوء" carries the asylum bit, and a service with that
 * bit matches the key. Isomorphic.
 */

/** One key of the query, with the taxonomy bits of the types of help whose names have a key it starts. */
export interface QueryKey {
  key: string;
  taxonomyBits: number;
}

/** The keys of the names of the types of help, sorted, each with its term's bit. */
export class TaxonomyNameKeys {
  private readonly keys: string[];
  private readonly bits: number[];

  /** `names`: each taxonomy slug with its names (one per language). */
  constructor(names: Iterable<readonly [slug: string, names: readonly string[]]>) {
    const bitsByKey = new Map<string, number>();
    for (const [slug, labels] of names) {
      const bit = attributeBit.taxonomy(slug);
      for (const key of keywordKeys(labels)) bitsByKey.set(key, (bitsByKey.get(key) ?? 0) | bit);
    }
    this.keys = [...bitsByKey.keys()].sort();
    this.bits = this.keys.map((key) => bitsByKey.get(key) ?? 0);
  }

  /** The bits of every type of help with a name key that starts with `prefix`. */
  bitsStartingWith(prefix: string): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.keys[middle] as string) < prefix) low = middle + 1;
      else high = middle;
    }
    let bits = 0;
    for (let index = low; index < this.keys.length && (this.keys[index] as string).startsWith(prefix); index++) bits |= this.bits[index] as number;
    return bits;
  }
}

/** The query's keys (none for an empty query), each with the types of help it names. */
export function keywordQuery(query: string, taxonomyNames: TaxonomyNameKeys): QueryKey[] {
  return queryKeys(query).map((key) => ({ key, taxonomyBits: taxonomyNames.bitsStartingWith(key) }));
}
