/**
 * A link that opens the reader's maps app with directions to an address.
 * Nothing is loaded from a map service unless the reader taps it.
 */
export function directionsHref(address: { address1: string; city: string; region: string; postalCode: string }): string {
  const destination = `${address.address1}, ${address.city}, ${address.region} ${address.postalCode}`;
  return `https://www.google.com/maps/dir/?api=1&destination=${encodeURIComponent(destination)}`;
}
