import { headers } from "next/headers";
import { serializeJsonLd } from "../json-ld";

/** A JSON-LD data block, carrying the request's CSP nonce. */
export async function JsonLdScript({ data }: { data: unknown }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
