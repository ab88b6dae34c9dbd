import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CODE_DESCRIPTIONS, EXPLANATION_CODES, isExplanationCode } from "./explanation-codes";

describe("explanation-codes", () => {
  it("every code has a one-line description and is unique", () => {
    expect(new Set(EXPLANATION_CODES).size).toBe(EXPLANATION_CODES.length);
    for (const code of EXPLANATION_CODES) expect(CODE_DESCRIPTIONS[code].length).toBeGreaterThan(10);
    expect(isExplanationCode("SUBNET_ACL_RESTRICTION")).toBe(true);
    expect(isExplanationCode("NOT_A_CODE")).toBe(false);
  });

  it("the README documents every code", () => {
    const readme = readFileSync(fileURLToPath(new URL("./README.md", import.meta.url)), "utf8");
    const missing = EXPLANATION_CODES.filter((c) => !readme.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });

  it("no engine source emits a code outside the vocabulary", () => {
    const dir = fileURLToPath(new URL(".", import.meta.url));
    const files = ["trace.ts", "analyze.ts", "internet-gateway.ts", "nat-gateway.ts", "egress-only-internet-gateway.ts", "vpc-peering.ts", "gateway-endpoint.ts"];
    for (const f of files) {
      let text = "";
      try {
        text = readFileSync(`${dir}/${f}`, "utf8");
      } catch {
        continue;
      }
      for (const m of text.matchAll(/"([A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+)"/g)) expect(isExplanationCode(m[1] as string), `${f}: ${m[1]}`).toBe(true);
    }
  });
});
