import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readNetwork } from "@/components/network/test-networks";
import { NetworkLab } from "./NetworkLab";

describe("NetworkLab server render (what shows before JavaScript loads)", () => {
  const html = renderToString(
    createElement(NetworkLab, { snapshot: readNetwork("lesson-public-private"), editable: ["acl-db"], source: "i-web", destination: "i-db", protocol: "tcp", port: 5432 }),
  );
  it("draws both arrangements of the diagram as SVG with focusable, named components", () => {
    expect(html.match(/<svg[^>]*class="rn-svg rn-(wide|compact)"/g)).toHaveLength(2);
    expect(html).toContain('data-node-id="i-web"');
    expect(html.match(/role="button" tabindex="0"/g)?.length).toBe(2); // one roving tab stop per arrangement
  });
  it("shows the verdict, the narrative and the blocked hop", () => {
    expect(html).toContain("✗ Blocked:");
    expect(html).toContain("What happens to the packet");
    expect(html).toContain("Network ACL acl-db inbound rule * DENY: blocked.");
    expect(html).toMatch(/class="rn-leg rn-leg-blocked"/);
  });
  it("renders the editor of the one editable resource, with the fixed * rule", () => {
    expect(html).toContain("Network ACL <span class=\"rn-mono\">acl-db</span>");
    expect(html).not.toContain("Route table <span");
    expect(html.match(/>\*<\/th>/g)?.length).toBe(2);
  });
});
