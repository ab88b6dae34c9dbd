import { describe, expect, it } from "vitest";
import snapshot from "./scenarios/simple-vpc.json";
import nat from "./scenarios/vpc-nat-gateway.json";
import interfaces from "./scenarios/instances-and-interfaces.json";
import { analyze, loadSnapshot, parseQuery, reachabilityMatrix } from "./index";

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

  it("endpoints analysed once per class give the same cells as analysing every pair", () => {
    const lesson = {
      ...snapshot,
      Reservations: [
        {
          Instances: Array.from({ length: 8 }, (_, k) => ({
            InstanceId: `i-${k}`,
            SubnetId: k % 2 ? "subnet-web" : "subnet-app",
            PrivateIpAddress: `10.0.${k % 2 ? 1 : 2}.${30 + k}`,
            SecurityGroups: [{ GroupId: k % 4 < 2 ? "sg-web" : "sg-app" }],
          })),
        },
      ],
    };
    for (const [json, endpoints] of [
      [lesson, ["i-0", "i-1", "i-2", "i-3", "i-4", "i-5", "i-6", "i-7", "igw-main"]],
      [nat, ["i-app", "i-batch", "i-bastion", "igw-app"]],
      [interfaces, ["i-web", "i-web2", "i-app", "i-db", "i-stopped", "i-closed", "eni-spare", "i-other"]],
    ] as const) {
      const model = loadSnapshot(json);
      for (const protocol of ["tcp", "icmp"] as const) {
        const cells = reachabilityMatrix(model, endpoints, protocol, 443);
        for (const cell of cells) {
          const a = analyze(model, parseQuery({ Source: cell.Source, Destination: cell.Destination, Protocol: protocol, ...(protocol === "tcp" ? { DestinationPort: 443 } : {}) }));
          const e = a.Explanations[0];
          expect(cell).toEqual(
            a.NetworkPathFound || !e
              ? { Source: cell.Source, Destination: cell.Destination, NetworkPathFound: a.NetworkPathFound }
              : { Source: cell.Source, Destination: cell.Destination, NetworkPathFound: false, ExplanationCode: e.ExplanationCode, ...(e.Component ? { BlockedAt: e.Component.Id } : {}), Leg: a.ReturnPathComponents.length > 0 ? "return" : "forward" },
          );
        }
      }
    }
  });
});
