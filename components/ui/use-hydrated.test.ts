import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { useHydrated } from "./use-hydrated";

function Probe() {
  const hydrated = useHydrated();
  return createElement("button", { type: "button", disabled: !hydrated }, hydrated ? "Check" : "Loading…");
}

describe("useHydrated", () => {
  it("is false in the server's HTML, so controls that need JavaScript are rendered disabled", () => {
    expect(renderToString(createElement(Probe))).toBe('<button type="button" disabled="">Loading…</button>');
  });
});
