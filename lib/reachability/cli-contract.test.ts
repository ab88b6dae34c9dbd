/**
 * The command line's contract (engine-contract.md §4), tested from outside by spawning
 * `npx tsx lib/reachability/cli.ts` (and once `npm run -s reach --`, the documented form):
 * - single mode prints one JSON analysis on stdout, exit 0 whatever the analysis found;
 * - `--queries FILE.jsonl` prints one analysis per line, in order, the snapshot loaded once;
 * - `-` reads the snapshot from standard input (same bytes out as from the file);
 * - exit 2 with a one-paragraph message on stderr (no stack trace, no "at " frames, nothing on stdout) for a
 *   refused snapshot, a malformed JSON file, a missing file, an unknown flag, a refused query;
 * - byte-identical output across runs.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SNAPSHOT = "lib/reachability/scenarios/simple-vpc.json";
const TIMEOUT = 60_000;
let dir = "";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(args: readonly string[], input?: string): Run {
  const r = spawnSync("npx", ["tsx", "lib/reachability/cli.ts", ...args], { cwd: root, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn .*\n/gm, "") };
}

const ask = (snapshot: string, q: Record<string, string>): string[] => ["analyze", snapshot, ...Object.entries(q).flatMap(([k, v]) => [`--${k}`, v])];
const WEB_TO_APP = { source: "i-web", destination: "i-app", protocol: "tcp", port: "8080" };

/** Exit 2, a one-paragraph message on stderr, no stack trace, nothing on stdout. */
function expectRefusal(r: Run, pattern: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe("");
  const message = r.stderr.trim();
  expect(message).toMatch(pattern);
  expect(message).not.toMatch(/\n\s*\n/); // one paragraph
  expect(message).not.toMatch(/^\s*at /m); // no stack frames
  expect(message).not.toMatch(/\bat .*[\\/].*:\d+:\d+/); // no "at file:line:col"
  expect(message).not.toMatch(/node:internal|\.ts:\d+/);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reach-cli-contract-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("CLI contract (engine-contract.md §4)", () => {
  it(
    "single mode: one JSON analysis on stdout, exit 0 when found and when blocked; byte-identical across runs",
    () => {
      const found = cli(ask(SNAPSHOT, WEB_TO_APP));
      expect(found.status).toBe(0);
      expect(found.stderr.trim()).toBe("");
      const analysis = JSON.parse(found.stdout);
      expect(analysis.NetworkPathFound).toBe(true);
      expect(Array.isArray(analysis.ForwardPathComponents)).toBe(true);
      expect(Array.isArray(analysis.ReturnPathComponents)).toBe(true);
      expect(Array.isArray(analysis.Explanations)).toBe(true);
      const blocked = cli(ask(SNAPSHOT, { ...WEB_TO_APP, port: "22" }));
      expect(blocked.status).toBe(0);
      const b = JSON.parse(blocked.stdout);
      expect(b.NetworkPathFound).toBe(false);
      expect(b.Explanations.length).toBeGreaterThan(0);
      const again = cli(ask(SNAPSHOT, WEB_TO_APP));
      expect(again.stdout).toBe(found.stdout);
    },
    TIMEOUT,
  );

  it(
    "--queries JSONL: one analysis per line, in order, exit 0; stable across runs; '-' reads the snapshot from stdin",
    () => {
      const queries = [
        { Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 },
        { Source: "i-app", Destination: "igw-main", Protocol: "tcp", DestinationPort: 443 },
        { Source: "igw-main", SourceIp: "198.51.100.7", Destination: "i-web", Protocol: "tcp", DestinationPort: 443 },
        { Source: "i-web", Destination: "10.0.2.20", Protocol: "icmp" },
        { Source: "i-web", Destination: "i-app", Protocol: "udp", DestinationPort: 53 },
      ];
      const file = path.join(dir, "queries.jsonl");
      fs.writeFileSync(file, `${queries.map((q) => JSON.stringify(q)).join("\n")}\n`);
      const r = cli(["analyze", SNAPSHOT, "--queries", file]);
      expect(r.status).toBe(0);
      const lines = r.stdout.trimEnd().split("\n");
      expect(lines).toHaveLength(queries.length);
      lines.forEach((line, k) => {
        const a = JSON.parse(line);
        expect(typeof a.NetworkPathFound).toBe("boolean");
        expect(a.NetworkInsightsPath.Source).toBe(queries[k]?.Source);
        expect(a.NetworkInsightsPath.Destination).toBe(queries[k]?.Destination);
        expect(a.NetworkInsightsPath.Protocol).toBe(queries[k]?.Protocol);
      });
      expect(cli(["analyze", SNAPSHOT, "--queries", file]).stdout).toBe(r.stdout);
      const stdin = cli(["analyze", "-", "--queries", file], fs.readFileSync(path.join(root, SNAPSHOT), "utf8"));
      expect(stdin.status).toBe(0);
      expect(stdin.stdout).toBe(r.stdout);
    },
    TIMEOUT,
  );

  it(
    "'-' in single mode and the documented npm form give the same bytes as the file",
    () => {
      const file = cli(ask(SNAPSHOT, WEB_TO_APP));
      const stdin = cli(ask("-", WEB_TO_APP), fs.readFileSync(path.join(root, SNAPSHOT), "utf8"));
      expect(stdin.status).toBe(0);
      expect(stdin.stdout).toBe(file.stdout);
      const npm = spawnSync("npm", ["run", "-s", "reach", "--", ...ask(SNAPSHOT, WEB_TO_APP)], { cwd: root, encoding: "utf8" });
      expect(npm.status).toBe(0);
      expect(npm.stdout).toBe(file.stdout);
    },
    TIMEOUT,
  );

  it(
    "refused snapshot (a subnet outside its VPC): exit 2, one paragraph naming the JSON path",
    () => {
      const snapshot = JSON.stringify({ Vpcs: [{ VpcId: "vpc-a", CidrBlock: "10.0.0.0/16" }], Subnets: [{ SubnetId: "subnet-a", VpcId: "vpc-a", CidrBlock: "10.9.0.0/24" }] });
      expectRefusal(cli(ask("-", WEB_TO_APP), snapshot), /\$\.Subnets\[0\]\.CidrBlock/);
    },
    TIMEOUT,
  );

  it(
    "malformed JSON file and missing file: exit 2, one paragraph",
    () => {
      const bad = path.join(dir, "bad.json");
      fs.writeFileSync(bad, '{"Vpcs": [ {"VpcId": "vpc-a", ');
      expectRefusal(cli(ask(bad, WEB_TO_APP)), /JSON/i);
      expectRefusal(cli(ask(path.join(dir, "no-such-file.json"), WEB_TO_APP)), /no-such-file\.json/);
    },
    TIMEOUT,
  );

  it(
    "unknown flag, missing command: exit 2, one paragraph",
    () => {
      expectRefusal(cli([...ask(SNAPSHOT, WEB_TO_APP), "--frobnicate", "1"]), /--frobnicate/);
      expectRefusal(cli([]), /usage|command/i);
    },
    TIMEOUT,
  );

  it(
    "refused query (bad protocol, missing port, port out of range): exit 2, one paragraph naming the field",
    () => {
      expectRefusal(cli(ask(SNAPSHOT, { ...WEB_TO_APP, protocol: "gre" })), /Protocol/);
      expectRefusal(cli(ask(SNAPSHOT, { source: "i-web", destination: "i-app", protocol: "tcp" })), /DestinationPort/);
      expectRefusal(cli(ask(SNAPSHOT, { ...WEB_TO_APP, port: "70000" })), /DestinationPort/);
    },
    TIMEOUT,
  );

  it(
    "a refused line in --queries: its place holds {Error}, the other lines are analysed, exit 2 with the line named on stderr",
    () => {
      const file = path.join(dir, "mixed.jsonl");
      fs.writeFileSync(file, [JSON.stringify({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 }), "{not json", JSON.stringify({ Source: "i-web", Destination: "i-app", Protocol: "tcp" })].join("\n"));
      const r = cli(["analyze", SNAPSHOT, "--queries", file]);
      expect(r.status).toBe(2);
      const lines = r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l));
      expect(lines).toHaveLength(3);
      expect(lines[0].NetworkPathFound).toBe(true);
      expect(typeof lines[1].Error).toBe("string");
      expect(typeof lines[2].Error).toBe("string");
      expect(r.stderr).toMatch(/line 2/);
      expect(r.stderr).not.toMatch(/^\s*at /m);
    },
    TIMEOUT,
  );

  it(
    "a snapshot refused for a huge value: the message stays one short paragraph",
    () => {
      const snapshot = JSON.stringify({ Vpcs: [{ VpcId: "vpc-a", CidrBlock: "x".repeat(200_000) }] });
      const r = cli(ask("-", WEB_TO_APP), snapshot);
      expectRefusal(r, /\$\.Vpcs\[0\]\.CidrBlock/);
      expect(r.stderr.length).toBeLessThan(2000);
    },
    TIMEOUT,
  );
});
