import { describe, expect, it } from "vitest";
import { itemListJsonLd, serializeJsonLd } from "@/features/listings/json-ld";

const office = {
  url: "https://kyr.example.org/en/organizations/test",
  locationId: "loc-1",
  name: "Test Legal Aid",
  telephone: "+13125550150",
  address: { address1: "100 Test Street", address2: "Suite 2", city: "Chicago", region: "IL", postalCode: "60601" },
  latitude: 41.8858,
  longitude: -87.6181,
};

describe("JSON-LD", () => {
  it("lists LegalService items in order with distance only when in range", () => {
    const list = itemListJsonLd([{ ...office, distanceMiles: 1.234 }, { ...office, locationId: null, address: null, latitude: null, longitude: null }]);
    expect(list).toMatchObject({ "@context": "https://schema.org", "@type": "ItemList", numberOfItems: 2 });
    const [first, second] = list.itemListElement as { position: number; item: Record<string, unknown> }[];
    expect(first?.position).toBe(1);
    expect(first?.item).toMatchObject({
      "@type": "LegalService",
      "@id": "https://kyr.example.org/en/organizations/test#location-loc-1",
      telephone: "+13125550150",
      address: { "@type": "PostalAddress", streetAddress: "100 Test Street, Suite 2", addressLocality: "Chicago", addressRegion: "IL", postalCode: "60601" },
      geo: { "@type": "GeoCoordinates", latitude: 41.8858, longitude: -87.6181 },
      additionalProperty: [{ "@type": "PropertyValue", name: "distanceMiles", value: 1.2, unitCode: "SMI" }],
    });
    expect(second?.position).toBe(2);
    expect(second?.item).not.toHaveProperty("additionalProperty");
    expect(second?.item).not.toHaveProperty("geo");
  });

  it("cannot close the script element it is written into", () => {
    const serialized = serializeJsonLd({ name: "</script><script>alert(1)</script>&" });
    expect(serialized).not.toContain("<");
    expect(serialized).not.toContain(">");
    expect(JSON.parse(serialized)).toEqual({ name: "</script><script>alert(1)</script>&" });
  });
});
