/**
 * Headless controller of NetworkLab: the network being edited (AWS JSON, model, topology, both layouts), the
 * editors' inline errors, and a path probe that re-runs after every edit. An edit is validated (drafts.ts checks),
 * applied as an immutable update of the JSON, and reloaded by the engine; a snapshot the engine refuses is
 * refused inline with SnapshotError's message and the network stays as it was. Only resources listed in
 * `editable` can change.
 */
import type { Model, Protocol } from "@/lib/reachability";
import { loadNetwork, type AwsSnapshot } from "@/components/network/load-network";
import { narrate, type NarrativeLine } from "@/components/network/narrative";
import { createStore, type Store } from "@/components/network/store";
import { checkAclEntryDraft, checkRouteDraft, checkSgRuleDraft, type AclEntryDraft, type RouteDraft, type SgRuleDraft } from "@/components/editors/drafts";
import { aclRows, routeRows } from "@/components/editors/rows";
import { routeTargetOptions, type RouteTargetOption } from "@/components/editors/route-targets";
import { applyEdit, EditRefused, type Edit, type SgPeerKind } from "@/components/editors/snapshot-edits";
import { createPathProbeController, type PathProbeController, type ProbeInitial } from "@/components/path-probe/path-probe-controller";
import { layoutTopology, type Layout } from "@/components/topology/layout";
import { buildTopology, type Topology } from "@/components/topology/topology-graph";

export interface EditorError {
  readonly field: string;
  readonly message: string;
}

export interface LabState {
  readonly snapshot: AwsSnapshot;
  readonly model: Model;
  readonly topology: Topology;
  readonly layouts: { readonly wide: Layout; readonly compact: Layout };
  /** Increases with every accepted edit. */
  readonly version: number;
  /** Inline error per resource id (the last refused edit), cleared by the next accepted edit on it. */
  readonly errors: Readonly<Record<string, EditorError | undefined>>;
  /** Milliseconds from the edit to a new model, topology, layouts and analysis (performance.now). */
  readonly lastEditMs: number | undefined;
  /** A sentence for the live region after each accepted or refused edit. */
  readonly announcement: string;
}

export type EditableKind = "route-table" | "security-group" | "network-acl";

export interface NetworkLabController {
  readonly store: Store<LabState>;
  readonly probe: PathProbeController;
  editableOf(kind: EditableKind): string[];
  /** The ids a route of this table may target (every gateway, connection, endpoint, instance and interface serving its VPC). */
  routeTargets(routeTableId: string): string[];
  /** The same, with a label and the console's type group for each. */
  routeTargetOptions(routeTableId: string): RouteTargetOption[];
  addRoute(routeTableId: string, draft: RouteDraft): boolean;
  replaceRoute(routeTableId: string, index: number, draft: RouteDraft): boolean;
  removeRoute(routeTableId: string, index: number): boolean;
  addSgRule(groupId: string, draft: SgRuleDraft): boolean;
  removeSgRule(groupId: string, row: { direction: "inbound" | "outbound"; permissionIndex: number; peerKind: SgPeerKind; peerIndex: number }): boolean;
  addAclEntry(aclId: string, draft: AclEntryDraft): boolean;
  removeAclEntry(aclId: string, egress: boolean, ruleNumber: number): boolean;
  clearError(resourceId: string): void;
  narrative(): NarrativeLine[] | undefined;
}

export interface LabOptions {
  readonly editable?: readonly string[];
  readonly probe?: ProbeInitial & { protocol?: Protocol };
  /** Clock for the edit-to-redraw measure (tests may pass their own). */
  readonly now?: () => number;
}

type Derived = { readonly topology: Topology; readonly layouts: { readonly wide: Layout; readonly compact: Layout } };

const topologyKey = (t: Topology) => JSON.stringify(t, (_k, v: unknown) => (v instanceof Map ? [...v] : v));

/**
 * Topology and both layouts of a model. When an edit leaves the drawing as it was (most rule edits do), the
 * previous objects are kept, so the diagram's unchanged parts are not laid out or redrawn again.
 */
function derive(model: Model, previous?: Derived): Derived {
  const topology = buildTopology(model);
  if (previous && topologyKey(previous.topology) === topologyKey(topology)) return { topology: previous.topology, layouts: previous.layouts };
  return { topology, layouts: { wide: layoutTopology(topology, "wide"), compact: layoutTopology(topology, "compact") } };
}

/** Throws the engine's refusal message when the JSON does not load: the lab needs a network to start with. */
export function createNetworkLabController(json: unknown, options: LabOptions = {}): NetworkLabController {
  const loaded = loadNetwork(json);
  if (!loaded.ok) throw new Error(loaded.error);
  const now = options.now ?? (() => performance.now());
  const editable = new Set(options.editable ?? []);
  const store = createStore<LabState>({
    snapshot: loaded.snapshot,
    model: loaded.model,
    ...derive(loaded.model),
    version: 0,
    errors: {},
    lastEditMs: undefined,
    announcement: "",
  });
  const probe = createPathProbeController(() => store.getState().model, options.probe ?? {});
  if (options.probe?.source && (options.probe.destination || options.probe.destinationIp)) probe.run();

  const kindOf = (id: string): EditableKind | undefined => {
    const m = store.getState().model;
    return m.routeTables.has(id) ? "route-table" : m.securityGroups.has(id) ? "security-group" : m.networkAcls.has(id) ? "network-acl" : undefined;
  };

  const refuse = (id: string, error: EditorError): false => {
    store.setState((s) => ({ ...s, errors: { ...s.errors, [id]: error }, announcement: `Not changed: ${error.message}` }));
    return false;
  };

  const commit = (id: string, edit: Edit, done: string): boolean => {
    if (!editable.has(id)) return refuse(id, { field: "", message: `${id} is not editable in this lab.` });
    const start = now();
    const s = store.getState();
    let snapshot: AwsSnapshot;
    try {
      snapshot = applyEdit(s.snapshot, edit, s.model);
    } catch (error) {
      if (error instanceof EditRefused) return refuse(id, { field: "", message: error.message });
      throw error;
    }
    const next = loadNetwork(snapshot);
    if (!next.ok) return refuse(id, { field: "", message: `The engine refused the change: ${next.error}` });
    const derived = derive(next.model, s);
    store.setState({ ...s, snapshot, model: next.model, ...derived, version: s.version + 1, errors: { ...s.errors, [id]: undefined }, lastEditMs: undefined, announcement: "" });
    probe.refresh();
    const elapsed = now() - start;
    const analysis = probe.store.getState().analysis;
    const verdict = analysis ? (analysis.NetworkPathFound ? " The path is now reachable." : ` The path is now blocked (${analysis.Explanations[0]?.ExplanationCode ?? "blocked"}).`) : "";
    store.setState((st) => ({ ...st, lastEditMs: elapsed, announcement: `${done}${verdict}` }));
    return true;
  };

  const routeContext = (routeTableId: string, exceptIndex?: number) => {
    const s = store.getState();
    const rows = routeRows(s.snapshot, s.model, routeTableId).rows;
    return {
      targets: new Set(targetsOf(routeTableId)),
      prefixLists: new Set(s.model.prefixLists.keys()),
      existingDestinations: new Set(rows.filter((r) => r.index !== exceptIndex).map((r) => r.destination)),
    };
  };

  const targetsOf = (routeTableId: string): string[] => routeTargetOptions(store.getState().model, routeTableId).map((o) => o.id);

  return {
    store,
    probe,
    editableOf(kind) {
      return [...editable].filter((id) => kindOf(id) === kind);
    },
    routeTargets: targetsOf,
    routeTargetOptions(routeTableId) {
      return routeTargetOptions(store.getState().model, routeTableId);
    },
    addRoute(routeTableId, draft) {
      const r = checkRouteDraft(routeContext(routeTableId), draft);
      if (!r.ok) return refuse(routeTableId, r.issue);
      return commit(routeTableId, { kind: "add-route", routeTableId, ...r.data }, `Route ${r.data.destination} → ${r.data.target} added to ${routeTableId}.`);
    },
    replaceRoute(routeTableId, index, draft) {
      const r = checkRouteDraft(routeContext(routeTableId, index), draft);
      if (!r.ok) return refuse(routeTableId, r.issue);
      return commit(routeTableId, { kind: "replace-route", routeTableId, index, ...r.data }, `Route ${index + 1} of ${routeTableId} is now ${r.data.destination} → ${r.data.target}.`);
    },
    removeRoute(routeTableId, index) {
      return commit(routeTableId, { kind: "remove-route", routeTableId, index }, `Route ${index + 1} removed from ${routeTableId}.`);
    },
    addSgRule(groupId, draft) {
      const m = store.getState().model;
      const r = checkSgRuleDraft({ groups: new Set(m.securityGroups.keys()), prefixLists: new Set(m.prefixLists.keys()) }, draft);
      if (!r.ok) return refuse(groupId, r.issue);
      const d = r.data;
      return commit(groupId, { kind: "add-sg-rule", groupId, direction: d.direction, protocol: d.protocol, range: d.range, peer: d.peer }, `${d.direction === "inbound" ? "Inbound" : "Outbound"} rule added to ${groupId}.`);
    },
    removeSgRule(groupId, row) {
      return commit(groupId, { kind: "remove-sg-rule", groupId, ...row }, `${row.direction === "inbound" ? "Inbound" : "Outbound"} rule removed from ${groupId}.`);
    },
    addAclEntry(aclId, draft) {
      const s = store.getState();
      const rows = aclRows(s.snapshot, aclId);
      const used = { inbound: new Set(rows.inbound.map((x) => x.ruleNumber)), outbound: new Set(rows.outbound.map((x) => x.ruleNumber)) };
      const r = checkAclEntryDraft({ usedNumbers: used }, draft);
      if (!r.ok) return refuse(aclId, r.issue);
      const d = r.data;
      return commit(
        aclId,
        { kind: "add-acl-entry", aclId, egress: d.direction === "outbound", ruleNumber: d.ruleNumber, protocol: d.protocol, range: d.range, cidr: d.cidr, action: d.action },
        `${d.direction === "inbound" ? "Inbound" : "Outbound"} rule ${d.ruleNumber} added to ${aclId}.`,
      );
    },
    removeAclEntry(aclId, egress, ruleNumber) {
      return commit(aclId, { kind: "remove-acl-entry", aclId, egress, ruleNumber }, `${egress ? "Outbound" : "Inbound"} rule ${ruleNumber} removed from ${aclId}.`);
    },
    clearError(resourceId) {
      store.setState((s) => (s.errors[resourceId] ? { ...s, errors: { ...s.errors, [resourceId]: undefined } } : s));
    },
    narrative() {
      const a = probe.store.getState().analysis;
      return a ? narrate(store.getState().model, a) : undefined;
    },
  };
}
