/**
 * `npm run bench:widgets`: how long one editor change takes to turn into redraw data (new snapshot → engine model
 * → topology layouts → path analysis) in the NetworkLab controller, on the largest lesson network with a network ACL. A figure to
 * report against the one-animation-frame aim (16.7 ms), not a test. Prints wall-clock and CPU medians and p90s.
 */
import { networkFiles, readNetwork } from "../components/network/test-networks";
import { createNetworkLabController } from "../components/lab/network-lab-controller";

const FRAME_MS = 1000 / 60;
const EDITS = 60;
const WARM_UP = 10;

const cpuNow = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;
}

function measure(json: unknown, aclId: string, now: () => number): { median: number; p90: number } {
  const c = createNetworkLabController(json, { editable: [aclId], now });
  const instances = [...c.store.getState().model.instances.keys()].sort();
  c.probe.setQuery({ source: instances[0], destination: instances[1], protocol: "tcp", port: 443 });
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const ok = c.addAclEntry(aclId, { direction: "inbound", ruleNumber: String(1000 + i), protocol: "tcp", ports: "443", cidr: "10.0.0.0/8", action: "allow" });
    if (!ok) throw new Error(`edit ${i} was refused`);
    if (i >= WARM_UP) times.push(c.store.getState().lastEditMs ?? Number.NaN);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 0.5), p90: percentile(times, 0.9) };
}

const largest = networkFiles()
  .filter((name) => ((readNetwork(name) as { NetworkAcls?: unknown[] }).NetworkAcls?.length ?? 0) > 0)
  .map((name) => ({ name, size: JSON.stringify(readNetwork(name)).length }))
  .sort((a, b) => b.size - a.size)[0];
if (!largest) throw new Error("no lesson network with a network ACL in content/networks");
const json = readNetwork(largest.name) as { NetworkAcls?: { NetworkAclId: string }[] };
const aclId = json.NetworkAcls?.[0]?.NetworkAclId;
if (!aclId) throw new Error(`${largest.name} has no network ACL to edit`);

const wall = measure(json, aclId, () => performance.now());
const cpu = measure(json, aclId, cpuNow);
const row = (label: string, m: { median: number; p90: number }) =>
  `${label.padEnd(6)} median ${m.median.toFixed(2).padStart(6)} ms   p90 ${m.p90.toFixed(2).padStart(6)} ms   aim < ${FRAME_MS.toFixed(1)} ms: ${m.median < FRAME_MS ? "met" : "NOT met"}`;
console.log(`Edit to redraw data, NetworkLab controller, ${largest.name} (${EDITS - WARM_UP} edits after ${WARM_UP} warm-up)`);
console.log(row("wall", wall));
console.log(row("cpu", cpu));
