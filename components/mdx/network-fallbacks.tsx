// Server-rendered table views of the network widgets, registered while the widget kit's interactive
// components are not wired (components/mdx/registry.tsx says which are). Each loads the named network from
// content/networks/ with the engine and shows real data: the components, the analysed path, the matrix, and
// the rules a lab would let the learner edit.
import type { ReactNode } from "react";
import { reachabilityMatrix, type Model } from "@/lib/reachability";
import { narrate } from "@/components/network/narrative";
import { componentRows } from "@/components/topology/component-table";
import { buildTopology } from "@/components/topology/topology-graph";
import type { TagProps } from "@/lib/content/lesson-tags";
import { runQuery, type QueryProps } from "@/lib/content/network-facts";
import { loadLessonNetwork } from "@/lib/content/networks";

function Frame({ title, network, caption, children }: { title: string; network: string; caption?: string; children: ReactNode }) {
  return (
    <figure className="not-prose my-8 rounded-xl border border-border bg-bg shadow-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-border bg-surface px-4 py-2.5 text-sm">
        <span className="font-semibold">{title}</span>
        <span className="font-mono text-xs text-muted">{network}</span>
      </div>
      <div className="p-4">{children}</div>
      {caption ? <figcaption className="border-t border-border px-4 py-2.5 text-sm text-muted">{caption}</figcaption> : null}
    </figure>
  );
}

function Problem({ children }: { children: ReactNode }) {
  return <p className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">{children}</p>;
}

function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A keyboard user can scroll a wide table: the region is focusable and named.
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-border [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_thead_th]:bg-surface [&_th]:px-3 [&_th]:py-2 [&_th]:font-semibold">
        {children}
      </table>
    </div>
  );
}

function withModel(network: string, title: string, caption: string | undefined, render: (model: Model, snapshot: Record<string, unknown>) => ReactNode) {
  const loaded = loadLessonNetwork(network);
  return (
    <Frame title={title} network={network} {...(caption ? { caption } : {})}>
      {loaded.ok ? render(loaded.model, loaded.snapshot) : <Problem>This network cannot be shown: {loaded.error}</Problem>}
    </Frame>
  );
}

function ComponentTable({ model, label }: { model: Model; label: string }) {
  const rows = componentRows(buildTopology(model));
  return (
    <ScrollTable label={label}>
      <caption className="sr-only">{label}</caption>
      <thead>
        <tr>
          <th scope="col">Component</th>
          <th scope="col">Kind</th>
          <th scope="col">Where</th>
          <th scope="col">Addresses</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="font-normal">
              <span className="font-medium">{row.name}</span>
              {row.name !== row.id ? <span className="block font-mono text-xs text-muted">{row.id}</span> : null}
            </th>
            <td>{row.kind}</td>
            <td>
              {[row.vpc, row.subnet, row.availabilityZone].filter(Boolean).join(" · ") || "—"}
              <span className="block text-xs text-muted">{row.exposure}</span>
            </td>
            <td className="font-mono text-xs">{[row.privateAddresses, row.publicAddresses && `public ${row.publicAddresses}`].filter(Boolean).join(", ") || "—"}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** The network as an outline: each VPC with its CIDR, its Availability Zones, their subnets and what runs there. */
function VpcOutline({ model }: { model: Model }) {
  const topology = buildTopology(model);
  return (
    <ul className="grid gap-4">
      {topology.vpcs.map((vpc) => (
        <li key={vpc.id} className="rounded-lg border-2 border-dashed border-border p-3">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-semibold">VPC {vpc.label}</span>
            <span className="font-mono text-xs text-muted">
              {vpc.id !== vpc.label ? `${vpc.id} · ` : ""}
              {vpc.cidrs.join(", ")}
            </span>
          </p>
          {vpc.topEdge.length > 0 ? <p className="mt-1 text-sm text-muted">Gateways: {vpc.topEdge.map((g) => g.label).join(", ")}</p> : null}
          <ul className="mt-2 grid gap-3 sm:grid-cols-2">
            {vpc.azs.map((az) => (
              <li key={az.name} className="rounded-md bg-surface p-2.5">
                <p className="text-xs font-semibold uppercase tracking-wider text-muted">Availability Zone {az.name}</p>
                <ul className="mt-1.5 grid gap-2">
                  {az.subnets.map((subnet) => (
                    <li key={subnet.id} className="rounded-md border border-border bg-bg px-2.5 py-2 text-sm">
                      <p className="flex flex-wrap items-baseline justify-between gap-x-2">
                        <span className="font-medium">{subnet.label}</span>
                        <span className="font-mono text-xs">{subnet.cidr}</span>
                      </p>
                      <p className="text-xs text-muted">
                        {subnet.isPublic ? "Public" : "Private"} subnet · route table {subnet.routeTableId}
                      </p>
                      {subnet.nodes.length > 0 ? (
                        <p className="mt-1 text-xs">
                          {subnet.nodes.map((n) => `${n.label}${n.privateIps[0] ? ` (${n.privateIps[0]})` : ""}`).join(", ")}
                        </p>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
          {vpc.bottomEdge.length > 0 ? <p className="mt-2 text-sm text-muted">Gateways: {vpc.bottomEdge.map((g) => g.label).join(", ")}</p> : null}
        </li>
      ))}
      {topology.connections.length > 0 ? <li className="text-sm">Connections between VPCs: {topology.connections.map((c) => c.label).join(", ")}</li> : null}
    </ul>
  );
}

export function TopologyDiagramFallback({ network, caption }: TagProps<"TopologyDiagram">) {
  return withModel(network, "Network", caption, (model) => (
    <div className="space-y-4">
      <VpcOutline model={model} />
      <details className="group">
        <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent">Every component as a table</summary>
        <ComponentTable model={model} label={caption ?? `Components of ${network}`} />
      </details>
    </div>
  ));
}

function queryText(q: QueryProps): string {
  return `${q.source} → ${q.destination}, ${q.protocol}${q.port !== undefined ? ` ${q.port}` : ""}`;
}

function PathResult({ model, query }: { model: Model; query: QueryProps }) {
  const run = runQuery(model, query);
  if (!run.ok) return <Problem>{run.error}</Problem>;
  const found = run.analysis.NetworkPathFound;
  const lines = narrate(model, run.analysis);
  return (
    <div>
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-mono text-sm">{queryText(query)}</span>
        <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${found ? "bg-accent-soft text-success" : "bg-danger-soft text-danger"}`}>
          {found ? "✓ Reachable" : "✗ Blocked"}
        </span>
      </p>
      <Steps lines={lines.filter((l) => l.leg === "forward")} />
      {lines.some((l) => l.leg === "return") ? (
        <details className="mt-2" open={lines.some((l) => l.leg === "return" && l.status === "blocked")}>
          <summary className="flex min-h-11 cursor-pointer items-center text-sm font-medium text-accent">The reply ({lines.filter((l) => l.leg === "return").length} steps)</summary>
          <Steps lines={lines.filter((l) => l.leg === "return")} />
        </details>
      ) : null}
    </div>
  );
}

function Steps({ lines }: { lines: ReturnType<typeof narrate> }) {
  return (
    <ol className="mt-3 space-y-1.5 text-sm">
      {lines.map((line) => (
        <li key={line.n} className="flex gap-3">
          <span className="w-6 shrink-0 text-right font-mono text-xs leading-6 text-muted">{line.n}</span>
          <span className={line.status === "blocked" ? "font-medium text-danger" : ""}>{line.text}</span>
        </li>
      ))}
    </ol>
  );
}

export function PathProbeFallback({ network, ...query }: TagProps<"PathProbe">) {
  return withModel(network, "Path", undefined, (model) => <PathResult model={model} query={query} />);
}

export function ReachabilityMatrixFallback({ network, endpoints, protocol, port }: TagProps<"ReachabilityMatrix">) {
  const label = `Reachability on ${protocol}${port !== undefined ? ` ${port}` : ""}: rows are sources, columns destinations`;
  return withModel(network, "Reachability matrix", undefined, (model) => {
    const cells = reachabilityMatrix(model, endpoints, protocol, port);
    const cell = (s: string, d: string) => cells.find((c) => c.Source === s && c.Destination === d);
    return (
      <ScrollTable label={label}>
        <caption className="px-3 py-2 text-left text-sm text-muted">{label}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">From</span>
              <span aria-hidden="true">From ↓ to →</span>
            </th>
            {endpoints.map((d) => (
              <th key={d} scope="col" className="font-mono text-xs">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {endpoints.map((s) => (
            <tr key={s}>
              <th scope="row" className="font-mono text-xs">
                {s}
              </th>
              {endpoints.map((d) => {
                if (s === d) return <td key={d} className="text-muted">—</td>;
                const c = cell(s, d);
                return (
                  <td key={d} className={c?.NetworkPathFound ? "text-success" : "text-danger"}>
                    <span className="font-semibold">{c?.NetworkPathFound ? "✓ reachable" : "✗ blocked"}</span>
                    {c?.ExplanationCode ? <span className="block font-mono text-[0.7rem] text-muted">{c.ExplanationCode}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    );
  });
}

type Json = Record<string, unknown>;
const list = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Json[]) : []);
const str = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? String(v) : "");

function protocolText(p: unknown, from?: unknown, to?: unknown): string {
  const name = str(p) === "-1" ? "all" : str(p) === "6" ? "tcp" : str(p) === "17" ? "udp" : str(p) === "1" ? "icmp" : str(p);
  if (name === "all") return "all traffic";
  if (from === undefined || from === null) return name;
  return str(from) === str(to) ? `${name} ${str(from)}` : `${name} ${str(from)}–${str(to)}`;
}

function EditableRules({ snapshot, id }: { snapshot: Json; id: string }) {
  const routeTable = list(snapshot.RouteTables).find((t) => t.RouteTableId === id);
  if (routeTable) {
    return (
      <ScrollTable label={`Route table ${id}`}>
        <caption className="px-3 py-2 text-left font-semibold">Route table {id}</caption>
        <thead>
          <tr>
            <th scope="col">Destination</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {list(routeTable.Routes).map((r, i) => (
            <tr key={i}>
              <td className="font-mono text-xs">{str(r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId)}</td>
              <td className="font-mono text-xs">
                {str(r.GatewayId ?? r.NatGatewayId ?? r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.EgressOnlyInternetGatewayId)}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    );
  }
  const group = list(snapshot.SecurityGroups).find((g) => g.GroupId === id);
  if (group) {
    const rows = [
      ...list(group.IpPermissions).map((r) => ({ dir: "Inbound", r })),
      ...list(group.IpPermissionsEgress).map((r) => ({ dir: "Outbound", r })),
    ];
    return (
      <ScrollTable label={`Security group ${id}`}>
        <caption className="px-3 py-2 text-left font-semibold">Security group {id}</caption>
        <thead>
          <tr>
            <th scope="col">Direction</th>
            <th scope="col">Traffic</th>
            <th scope="col">Source or destination</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ dir, r }, i) => (
            <tr key={i}>
              <td>{dir}</td>
              <td>{protocolText(r.IpProtocol, r.FromPort, r.ToPort)}</td>
              <td className="font-mono text-xs">
                {[...list(r.IpRanges).map((x) => str(x.CidrIp)), ...list(r.Ipv6Ranges).map((x) => str(x.CidrIpv6)), ...list(r.UserIdGroupPairs).map((x) => str(x.GroupId)), ...list(r.PrefixListIds).map((x) => str(x.PrefixListId))].join(", ")}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    );
  }
  const acl = list(snapshot.NetworkAcls).find((a) => a.NetworkAclId === id);
  if (acl) {
    const entries = list(acl.Entries).sort((a, b) => Number(a.Egress) - Number(b.Egress) || Number(a.RuleNumber) - Number(b.RuleNumber));
    return (
      <ScrollTable label={`Network ACL ${id}`}>
        <caption className="px-3 py-2 text-left font-semibold">Network ACL {id}</caption>
        <thead>
          <tr>
            <th scope="col">Direction</th>
            <th scope="col">Rule</th>
            <th scope="col">Traffic</th>
            <th scope="col">CIDR</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e, i) => {
            const range = (e.PortRange ?? {}) as Json;
            return (
              <tr key={i}>
                <td>{e.Egress ? "Outbound" : "Inbound"}</td>
                <td className="font-mono text-xs">{Number(e.RuleNumber) >= 32767 ? "*" : str(e.RuleNumber)}</td>
                <td>{protocolText(e.Protocol, range.From, range.To)}</td>
                <td className="font-mono text-xs">{str(e.CidrBlock ?? e.Ipv6CidrBlock)}</td>
                <td className="font-semibold uppercase">{str(e.RuleAction)}</td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
    );
  }
  return <Problem>{id} is not a route table, security group or network ACL of this network.</Problem>;
}

export function NetworkLabFallback({ network, editable, ...query }: TagProps<"NetworkLab">) {
  return withModel(network, "Network lab", undefined, (model, snapshot) => (
    <div className="space-y-5">
      <PathResult model={model} query={query} />
      {editable.map((id) => (
        <EditableRules key={id} snapshot={snapshot} id={id} />
      ))}
      <ComponentTable model={model} label={`Components of ${network}`} />
    </div>
  ));
}
