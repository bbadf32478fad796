import os from "node:os";
import path from "node:path";
import type { ListingInputDraft } from "@/features/listings/schema";
import type { KyrMaterialInputDraft } from "@/features/rights/schema";
import { CHICAGO_PILSEN, kyrMaterialFixture, legalAidFixture, nationalHotlineFixture } from "../fixtures/listings";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
export const E2E_DATABASE_FILE = path.join(os.tmpdir(), "kyr-e2e", "e2e.sqlite");

export const E2E_ORGANIZATION = "e2e-loop-legal-aid";
export const E2E_SPANISH_ONLY = "e2e-centro-legal";

export function e2eListings(): ListingInputDraft[] {
  return [
    legalAidFixture({
      slug: E2E_ORGANIZATION,
      name: "Loop Legal Aid (test)",
      translations: [
        { field: "description", locale: "es", value: "Ayuda legal gratuita de prueba en Chicago.", source: "professional" },
        { field: "description", locale: "ar", value: "مساعدة قانونية مجانية تجريبية في شيكاغو.", source: "machine" },
      ],
    }),
    legalAidFixture({
      slug: E2E_SPANISH_ONLY,
      name: "Centro Legal de Prueba",
      sourceLocale: "es",
      description: "Un centro legal de prueba que escribe solo en español.",
      place: CHICAGO_PILSEN,
      phoneSuffix: "0160",
    }),
    nationalHotlineFixture("e2e-national-line", "+12025550180"),
  ];
}

export function e2eMaterials(): KyrMaterialInputDraft[] {
  return [kyrMaterialFixture("e2e-guide", 1)];
}
