import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // `server-only` throws outside React's server environment; tests run server code directly.
      "server-only": fileURLToPath(new URL("./lib/testing/empty-module.ts", import.meta.url)),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "content/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["node_modules", ".next", "e2e"],
    environment: "node",
    // Integration tests hash passwords and apply migrations with the Prisma CLI; on a busy shared
    // machine that takes far longer than Vitest's 5 s default.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
