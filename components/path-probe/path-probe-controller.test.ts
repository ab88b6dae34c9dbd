import { describe, expect, it } from "vitest";
import { loadTestNetwork } from "@/components/network/test-networks";
import { endpointOptions } from "./endpoints";
import { createPathProbeController, OTHER_ADDRESS } from "./path-probe-controller";

describe("path probe controller", () => {
  const { model } = loadTestNetwork("lesson-public-private");
  const make = (initial = {}) => createPathProbeController(() => model, initial);

  it("runs the initial query and reports the blocking NACL", () => {
    const c = make({ source: "i-web", destination: "i-db", protocol: "tcp", port: 5432 });
    c.run();
    const s = c.store.getState();
    expect(s.analysis?.NetworkPathFound).toBe(false);
    expect(s.analysis?.Explanations[0]?.ExplanationCode).toBe("SUBNET_ACL_RESTRICTION");
    expect(s.analysis?.Explanations[0]?.Component?.Id).toBe("acl-db");
  });

  it("re-runs when a field changes", () => {
    const c = make({ source: "i-web", destination: "i-db", protocol: "tcp", port: 5432 });
    c.run();
    c.setSource("i-app");
    expect(c.store.getState().analysis?.NetworkPathFound).toBe(true);
    expect(c.store.getState().runs).toBe(2);
  });

  it("refuses a bad port with the engine's message, attached to the field", () => {
    const c = make({ source: "i-web", destination: "i-db", protocol: "tcp", port: 5432 });
    c.setPort("70000");
    const s = c.store.getState();
    expect(s.analysis).toBeUndefined();
    expect(s.error?.field).toBe("DestinationPort");
    expect(s.error?.message).toMatch(/port number from 0 to 65535/);
  });

  it("asks for a source and a destination before running", () => {
    const c = make();
    c.run();
    expect(c.store.getState().error).toEqual({ field: "Source", message: "Choose a source." });
    c.setSource("i-web");
    expect(c.store.getState().error?.field).toBe("Destination");
  });

  it("analyses a typed destination address", () => {
    const c = make({ source: "i-app", protocol: "tcp", port: 443 });
    c.setDestination(OTHER_ADDRESS);
    expect(c.store.getState().error?.field).toBe("DestinationIp");
    c.setDestinationIp("8.8.8.8");
    expect(c.store.getState().analysis?.NetworkPathFound).toBe(true);
    expect(c.store.getState().analysis?.NetworkInsightsPath.Destination).toBe("8.8.8.8");
  });

  it("a destination given as an address shows as \"An IP address…\" with that address, from the start or from setQuery", () => {
    const c = make({ source: "i-web", destination: "8.8.8.8", protocol: "tcp", port: 443 });
    c.run();
    expect(c.store.getState()).toMatchObject({ destination: OTHER_ADDRESS, destinationIp: "8.8.8.8" });
    expect(c.store.getState().analysis?.NetworkInsightsPath.Destination).toBe("8.8.8.8");
    c.setQuery({ destination: "i-db" });
    expect(c.store.getState().destination).toBe("i-db");
    c.setQuery({ destination: "10.0.2.10" });
    expect(c.store.getState()).toMatchObject({ destination: OTHER_ADDRESS, destinationIp: "10.0.2.10" });
  });

  it("icmp needs no port; switching back to tcp restores one", () => {
    const c = make({ source: "i-app", destination: "i-db", protocol: "tcp", port: 5432 });
    c.setProtocol("icmp");
    expect(c.store.getState().port).toBe("");
    expect(c.store.getState().error).toBeUndefined();
    expect(c.store.getState().analysis?.NetworkInsightsPath.Protocol).toBe("icmp");
    c.setProtocol("tcp");
    expect(c.store.getState().port).toBe("443");
  });

  it("setQuery loads several fields and runs once", () => {
    const c = make();
    c.setQuery({ source: "igw-main", destination: "i-web", protocol: "tcp", port: 443 });
    expect(c.store.getState().runs).toBe(1);
    expect(c.store.getState().analysis?.NetworkPathFound).toBe(true);
  });

  it("lists instances and gateways as endpoints, the IGW as outside", () => {
    const options = endpointOptions(model);
    expect(options.filter((o) => o.group === "Instances").map((o) => o.id)).toEqual(["i-app", "i-db", "i-web", "i-web-b"]);
    expect(options.find((o) => o.id === "igw-main")).toMatchObject({ outside: true, group: "Gateways and connections" });
    expect(options.find((o) => o.id === "i-web")?.label).toBe("web (i-web) · 10.0.1.10");
  });
});
