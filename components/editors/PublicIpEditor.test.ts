// Server-rendered markup of the public IPv4 editor: an address refused when it is committed (the engine's
// reload-or-refuse path, not a typing error) marks the field invalid and describes it by the error; an accepted
// address clears both.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { createExerciseLab, setResourceField } from "@/components/exercises/exercise-lab";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Editable } from "@/lib/exercises/exercise-schema";
import { PublicIpEditor } from "./PublicIpEditor";

// The network of the exercise "instance-public-ip": eni-web and eni-db, neither with a public address.
const { network } = JSON.parse(readFileSync(join(process.cwd(), "content/exercises/instance-public-ip.json"), "utf8")) as { network: Record<string, unknown> };
const [first, second] = ["eni-db", "eni-web"];
const editable: Editable[] = [first, second].map((id) => ({ collection: "NetworkInterfaces", id, fields: ["Association"] }));

function render(lab: ReturnType<typeof createExerciseLab>) {
  const setAssociation = (value: Record<string, unknown> | undefined, done: string) => setResourceField(lab, editable, "NetworkInterfaces", second, "Association", value, done);
  const html = renderToStaticMarkup(createElement(PublicIpEditor, { lab, interfaceId: second, setAssociation }));
  const input = /<input[^>]*id="[^"]*-ip"[^>]*>/.exec(html)?.[0] ?? "";
  return { html, input, invalid: /aria-invalid="true"/.test(input), describedBy: /aria-describedby="([^"]*)"/.exec(input)?.[1] };
}

describe("PublicIpEditor", () => {
  it("marks the address invalid, described by the error, when the engine refuses it on commit, and clears both once an address is accepted", () => {
    const lab = createExerciseLab(network, editable);
    expect(setResourceField(lab, editable, "NetworkInterfaces", first, "Association", { PublicIp: "203.0.113.10" }, "done")).toBe(true);
    const before = render(lab);
    expect(before.invalid).toBe(false);
    expect(before.describedBy).toBeUndefined();

    // The same address on a second interface: refused by the engine (each public IP is associated once).
    expect(setResourceField(lab, editable, "NetworkInterfaces", second, "Association", { PublicIp: "203.0.113.10" }, "done")).toBe(false);
    const refused = render(lab);
    const message = lab.store.getState().errors[second]?.message;
    expect(message).toMatch(/^The engine refused the change: /);
    expect(refused.invalid).toBe(true);
    expect(refused.describedBy).toBeTruthy();
    expect(refused.html).toMatch(new RegExp(`<p id="${refused.describedBy}" role="alert"[^>]*>The engine refused the change: `));

    expect(setResourceField(lab, editable, "NetworkInterfaces", second, "Association", { PublicIp: "203.0.113.11" }, "done")).toBe(true);
    const fixed = render(lab);
    expect(fixed.invalid).toBe(false);
    expect(fixed.describedBy).toBeUndefined();
    expect(fixed.html).not.toContain('role="alert"');
  });
});
