import { describe, expect, it } from "vitest";
import snapshot from "./scenarios/simple-vpc.json";
import { loadSnapshot, reachabilityMatrix } from "./index";

describe("matrix", () => {
  it("gives every ordered pair a verdict, row-major", () => {
    const cells = reachabilityMatrix(loadSnapshot(snapshot), ["i-web", "i-app", "igw-main"], "tcp", 8080);
    expect(cells.map((c) => `${c.Source}>${c.Destination}:${c.NetworkPathFound ? "ok" : c.ExplanationCode}`)).toEqual([
      "i-web>i-app:ok",
      "i-web>igw-main:ok",
      "i-app>i-web:ENI_SG_RULES_MISMATCH",
      "i-app>igw-main:NO_ROUTE_TO_DESTINATION",
      "igw-main>i-web:ENI_SG_RULES_MISMATCH",
      "igw-main>i-app:IGW_PRIVATE_IP_ASSOCIATION_FOR_INGRESS",
    ]);
  });
});
