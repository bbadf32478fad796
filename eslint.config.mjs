import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    ".next/**",
    "lib/generated/**",
    "node_modules/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Every server action is declared through serverAction (lib/server-action.ts): without it, a
    // failing action would be answered 400 as a malformed call instead of 500 (docs/decisions/019).
    files: ["features/**/actions.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportNamedDeclaration > FunctionDeclaration", message: "Declare server actions as `export const name = serverAction(async function name(...) {...})`." },
        { selector: "ExportNamedDeclaration > VariableDeclaration > VariableDeclarator:not([init.callee.name='serverAction'])", message: "Declare server actions as `export const name = serverAction(async function name(...) {...})`." },
        { selector: "ExportDefaultDeclaration", message: "Server actions are named exports declared through serverAction." },
      ],
    },
  },
  {
    // Server actions live in features/<domain>/actions.ts only, where the rule above holds them to serverAction.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["features/**/actions.ts"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "ExpressionStatement[directive='use server']", message: "Server actions live in features/<domain>/actions.ts, declared through serverAction." }],
    },
  },
  {
    // Only the data layer may reach the database client (docs/decisions/001).
    files: ["app/**", "features/**/components/**", "features/**/schema.ts", "features/**/actions.ts", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "**/lib/db", "@/lib/generated/*", "**/generated/*"], message: "Only data.ts and mutations.ts touch the database." },
          ],
        },
      ],
    },
  },
]);
