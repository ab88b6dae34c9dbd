import { describe, expect, it } from "vitest";
import { loadTestNetwork } from "./test-networks";
import { inactivePeeringText, peeringStatus } from "./peering-state";

describe("peering state", () => {
  it("says an inactive state in words and nothing for an active one", () => {
    expect(inactivePeeringText("pending-acceptance")).toBe("pending acceptance");
    expect(inactivePeeringText("provisioning")).toBe("provisioning");
    expect(inactivePeeringText("active")).toBeUndefined();
    expect(inactivePeeringText(undefined)).toBeUndefined();
  });
  it("reads a peering connection's status from the model, and nothing for other components", () => {
    const { model } = loadTestNetwork("lesson-07-peering.json");
    expect(peeringStatus(model, "pcx-shared-partner")).toBe("pending-acceptance");
    expect(peeringStatus(model, "pcx-app-shared")).toBe("active");
    expect(peeringStatus(model, "i-app")).toBeUndefined();
    expect(peeringStatus(model, "nope")).toBeUndefined();
  });
});
