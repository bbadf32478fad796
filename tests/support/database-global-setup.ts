import type { TestProject } from "vitest/node";
import { dropTemplate, prepareTemplate, type TestProvider } from "./test-databases";

/** Migrates the template database once for the whole data-layer run of this project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const provider: TestProvider = project.name === "postgresql" ? "postgresql" : "sqlite";
  await prepareTemplate(provider);
  return () => dropTemplate(provider);
}
