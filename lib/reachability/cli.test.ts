import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const snapshot = "lib/reachability/scenarios/simple-vpc.json";

function reach(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "lib/reachability/cli.ts", ...args], { cwd: root, input, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("cli", { timeout: 60_000 }, () => {
  it("single query: one analysis on stdout, exit 0", () => {
    const r = reach(["analyze", snapshot, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).NetworkPathFound).toBe(true);
  });

  it("batch from --queries with the snapshot on stdin (-): one line per query, in order", () => {
    const path = `${os.tmpdir()}/reach-cli-test-${process.pid}.jsonl`;
    fs.writeFileSync(path, [JSON.stringify({ Source: "i-web", Destination: "i-app", Protocol: "tcp", DestinationPort: 8080 }), "", JSON.stringify({ Source: "i-app", Destination: "igw-main", Protocol: "tcp", DestinationPort: 443 })].join("\n"));
    const r = reach(["analyze", "-", "--queries", path], fs.readFileSync(`${root}/${snapshot}`, "utf8"));
    fs.unlinkSync(path);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((a) => a.NetworkPathFound)).toEqual([true, false]);
  });

  it("reads a non-ASCII snapshot file as UTF-8 (names shown as written)", () => {
    const path = `${os.tmpdir()}/reach-cli-utf8-${process.pid}.json`;
    const json = JSON.parse(fs.readFileSync(`${root}/${snapshot}`, "utf8")) as { Vpcs: { Tags?: { Key: string; Value: string }[] }[] };
    (json.Vpcs[0] as { Tags?: { Key: string; Value: string }[] }).Tags = [{ Key: "Name", Value: "café-réseau ✓" }];
    fs.writeFileSync(path, JSON.stringify(json), "utf8");
    const r = reach(["analyze", path, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    fs.unlinkSync(path);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("café-réseau ✓");
  });

  it("--snapshot FILE (also --snapshot=FILE, --snapshot - for stdin, in any position) is the same as the positional SNAPSHOT.json", () => {
    const args = ["--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"];
    const positional = reach(["analyze", snapshot, ...args]);
    expect(positional.status).toBe(0);
    const flag = reach(["analyze", "--snapshot", snapshot, ...args]);
    expect(flag.stderr).toBe("");
    expect(flag.status).toBe(0);
    expect(flag.stdout).toBe(positional.stdout);
    expect(reach(["analyze", ...args, `--snapshot=${snapshot}`]).stdout).toBe(positional.stdout);
    expect(reach(["analyze", "--snapshot", "-", ...args], fs.readFileSync(`${root}/${snapshot}`, "utf8")).stdout).toBe(positional.stdout);
    const both = reach(["analyze", snapshot, "--snapshot", snapshot, ...args]);
    expect(both.status).toBe(2);
    expect(both.stderr).toMatch(/snapshot/i);
    const none = reach(["analyze", ...args]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no snapshot/i);
  });

  it("refused snapshot or query: exit 2, one paragraph on stderr, no stack trace", () => {
    const bad = reach(["analyze", "-", "--source", "i-1", "--destination", "i-2", "--protocol", "tcp", "--port", "1"], JSON.stringify({ Subnets: [{ SubnetId: "s", VpcId: 1 }] }));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^Snapshot refused: at \$\.Subnets\[0\]\.VpcId/);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    const q = reach(["analyze", snapshot, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp"]);
    expect(q.status).toBe(2);
    expect(q.stderr).toMatch(/^Query refused: field DestinationPort/);
    expect(q.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it("a directory or a file with a byte order mark: refused in one paragraph naming the problem, as before the piecewise loader", () => {
    const dir = fs.mkdtempSync(`${os.tmpdir()}/reach-`);
    const d = reach(["analyze", dir, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    expect(d.status).toBe(2);
    expect(d.stderr).toMatch(/cannot read .*\(EISDIR\)/);
    const bom = `${dir}/bom.json`;
    fs.writeFileSync(bom, `\uFEFF${fs.readFileSync(`${root}/${snapshot}`, "utf8")}`);
    const b = reach(["analyze", bom, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(/^Snapshot refused: at \$, expected the snapshot as JSON; it is not valid JSON/);
    const pretty = `${dir}/pretty.json`;
    fs.writeFileSync(pretty, JSON.stringify(JSON.parse(fs.readFileSync(`${root}/${snapshot}`, "utf8")), null, 4));
    const p = reach(["analyze", pretty, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    const compact = reach(["analyze", snapshot, "--source", "i-web", "--destination", "i-app", "--protocol", "tcp", "--port", "8080"]);
    expect(p.status).toBe(0);
    expect(p.stdout).toBe(compact.stdout);
  });
});
