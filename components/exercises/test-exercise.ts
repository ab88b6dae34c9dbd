/** Test helper: a small exercise on the lesson network lesson-public-private (Node only: used by tests). */
import { readNetwork } from "@/components/network/test-networks";
import type { PlayerExercise } from "./player-types";

/** The database must answer the app tier on 5432 and nothing else; sg-db, acl-db and rtb-private are editable. */
export function testExercise(): PlayerExercise {
  const start = readNetwork("lesson-public-private") as Record<string, unknown>;
  // The starting network is broken: the database's security group has no inbound rule.
  const groups = (start.SecurityGroups as Record<string, unknown>[]).map((g) => (g.GroupId === "sg-db" ? { ...g, IpPermissions: [] } : g));
  const network = { ...start, SecurityGroups: groups };
  return {
    id: "test-db-port",
    title: "Open the database to the app tier",
    brief: "The app server must reach the database on PostgreSQL, and the web tier must not.",
    concepts: ["security-groups"],
    lesson: { slug: "security-groups-and-nacls" },
    difficulty: "starter",
    network,
    editable: [
      { collection: "SecurityGroups", id: "sg-db", fields: ["IpPermissions"] },
      { collection: "NetworkAcls", id: "acl-db", fields: ["Entries"] },
      { collection: "RouteTables", id: "rtb-private", fields: ["Routes"] },
    ],
    goals: [
      { id: "app-reaches-db", description: "The app server reaches the database on tcp/5432.", query: { Source: "i-app", Destination: "i-db", Protocol: "tcp", DestinationPort: 5432 }, expect: "reachable" },
      { id: "web-kept-out", description: "The web server cannot reach the database on tcp/5432.", query: { Source: "i-web", Destination: "i-db", Protocol: "tcp", DestinationPort: 5432 }, expect: "blocked" },
      { id: "secret", description: "A hidden goal checked on the server.", hidden: true },
    ],
    hints: { total: 2 },
  };
}
