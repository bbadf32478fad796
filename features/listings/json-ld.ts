/**
 * Schema.org JSON-LD for pages that list organizations (DESIGN.md section 2):
 * each organization-location is a LegalService with absolute @id and url,
 * name, telephone, address, geo and, when the location is within the search
 * radius, its distance in miles. Isomorphic.
 */
export interface LegalServiceSubject {
  url: string;
  locationId: string | null;
  name: string;
  telephone: string | null;
  address: { address1: string; address2: string | null; city: string; region: string; postalCode: string } | null;
  latitude: number | null;
  longitude: number | null;
  distanceMiles?: number;
}

export function legalServiceJsonLd(subject: LegalServiceSubject): Record<string, unknown> {
  const service: Record<string, unknown> = {
    "@type": "LegalService",
    "@id": `${subject.url}#${subject.locationId ? `location-${subject.locationId}` : "organization"}`,
    url: subject.url,
    name: subject.name,
  };
  if (subject.telephone) service.telephone = subject.telephone;
  if (subject.address) {
    service.address = {
      "@type": "PostalAddress",
      streetAddress: [subject.address.address1, subject.address.address2].filter(Boolean).join(", "),
      addressLocality: subject.address.city,
      addressRegion: subject.address.region,
      postalCode: subject.address.postalCode,
      addressCountry: "US",
    };
  }
  if (subject.latitude !== null && subject.longitude !== null) {
    service.geo = { "@type": "GeoCoordinates", latitude: subject.latitude, longitude: subject.longitude };
  }
  if (subject.distanceMiles !== undefined) {
    service.additionalProperty = [
      { "@type": "PropertyValue", name: "distanceMiles", value: Math.round(subject.distanceMiles * 10) / 10, unitCode: "SMI" },
    ];
  }
  return service;
}

export function withContext(item: Record<string, unknown>): Record<string, unknown> {
  return { "@context": "https://schema.org", ...item };
}

export function itemListJsonLd(subjects: LegalServiceSubject[]): Record<string, unknown> {
  return withContext({
    "@type": "ItemList",
    numberOfItems: subjects.length,
    itemListElement: subjects.map((subject, index) => ({
      "@type": "ListItem",
      position: index + 1,
      item: legalServiceJsonLd(subject),
    })),
  });
}

/** JSON safe to place inside a <script> element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
