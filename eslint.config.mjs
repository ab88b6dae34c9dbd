// Lint: strict TypeScript rules everywhere, and a boundary rule that keeps the
// reachability engine headless (no React, Next, D3 or Prisma inside lib/reachability).
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/**", ".next/**", ".next-*/**", "data/**", "test-results/**", "playwright-report/**", "prisma/generated/**", "next-env.d.ts"],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    files: ["lib/reachability/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["react", "react-*", "react/*"], message: "The engine is headless: no React in lib/reachability." },
            { group: ["next", "next/*", "next-auth", "next-auth/*"], message: "The engine is headless: no Next in lib/reachability." },
            { group: ["d3", "d3-*"], message: "The engine draws nothing: no D3 in lib/reachability." },
            { group: ["@prisma/*", "prisma", "*.server", "**/*.server"], message: "The engine touches no database or server code." },
          ],
        },
      ],
    },
  },
);
