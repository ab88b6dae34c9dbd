/**
 * Headless controller of the path probe: the query fields as the learner edits them, and the engine's result.
 * Events: setSource, setDestination, setProtocol, setPort, setSourceIp, setDestinationIp, setQuery, run, and
 * refresh (the model changed, e.g. after an edit). A bad field is refused with the engine's QueryError message,
 * attached to that field.
 */
import { analyze, parseQuery, QueryError, type Analysis, type Model, type Protocol } from "@/lib/reachability";
import { createStore, type Store } from "@/components/network/store";
import { OTHER_ADDRESS } from "./probe-text";

export { OTHER_ADDRESS };

/** An IPv4 or IPv6 address typed as a destination (rather than a component id). */
function isAddress(text: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(text) || (text.includes(":") && /^[0-9a-fA-F:.]+$/.test(text));
}

export interface ProbeFields {
  readonly source: string;
  readonly destination: string;
  readonly protocol: Protocol;
  /** As typed (text), validated on run. */
  readonly port: string;
  readonly sourceIp: string;
  readonly destinationIp: string;
}

export interface ProbeState extends ProbeFields {
  readonly analysis: Analysis | undefined;
  /** A refused query: the field at fault (Source, Destination, DestinationPort, ...) and the reason. */
  readonly error: { readonly field: string; readonly message: string } | undefined;
  /** Increases with every run, so views can tell a new result from an old one. */
  readonly runs: number;
}

export interface ProbeInitial {
  source?: string;
  destination?: string;
  protocol?: Protocol;
  port?: number;
  sourceIp?: string;
  destinationIp?: string;
}

export interface PathProbeController {
  readonly store: Store<ProbeState>;
  setSource(id: string): void;
  setDestination(id: string): void;
  setProtocol(p: Protocol): void;
  setPort(text: string): void;
  setSourceIp(text: string): void;
  setDestinationIp(text: string): void;
  /** Several fields at once (e.g. a matrix cell), then run. */
  setQuery(q: ProbeInitial): void;
  run(): void;
  /** The model changed: run the current query again if it ran before. */
  refresh(): void;
}

export function createPathProbeController(getModel: () => Model, initial: ProbeInitial = {}, options: { autoRun?: boolean } = {}): PathProbeController {
  const autoRun = options.autoRun ?? true;
  const store = createStore<ProbeState>({
    source: initial.source ?? "",
    // A destination given as an address (a lesson's "8.8.8.8") is shown as "An IP address…" with that address.
    destination: initial.destination !== undefined && !isAddress(initial.destination) ? initial.destination : initial.destinationIp || initial.destination ? OTHER_ADDRESS : "",
    protocol: initial.protocol ?? "tcp",
    port: initial.port !== undefined ? String(initial.port) : initial.protocol === "icmp" ? "" : "443",
    sourceIp: initial.sourceIp ?? "",
    destinationIp: initial.destinationIp ?? (initial.destination !== undefined && isAddress(initial.destination) ? initial.destination : ""),
    analysis: undefined,
    error: undefined,
    runs: 0,
  });

  const run = () => {
    const s = store.getState();
    const raw: Record<string, unknown> = { Source: s.source, Protocol: s.protocol };
    if (s.destination && s.destination !== OTHER_ADDRESS) raw.Destination = s.destination;
    if (s.destinationIp.trim()) raw.DestinationIp = s.destinationIp.trim();
    if (s.destination === OTHER_ADDRESS && s.destinationIp.trim()) raw.Destination = s.destinationIp.trim();
    if (s.sourceIp.trim()) raw.SourceIp = s.sourceIp.trim();
    if (s.protocol !== "icmp" && s.port.trim() !== "") raw.DestinationPort = /^\d+$/.test(s.port.trim()) ? Number(s.port.trim()) : s.port.trim();
    if (!s.source) return store.setState({ ...s, analysis: undefined, error: { field: "Source", message: "Choose a source." } });
    if (!raw.Destination) return store.setState({ ...s, analysis: undefined, error: { field: s.destination === OTHER_ADDRESS ? "DestinationIp" : "Destination", message: s.destination === OTHER_ADDRESS ? "Type the destination IP address." : "Choose a destination." } });
    try {
      const query = parseQuery(raw);
      store.setState({ ...s, analysis: analyze(getModel(), query), error: undefined, runs: s.runs + 1 });
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      store.setState({ ...s, analysis: undefined, error: { field: error.field, message: error.message } });
    }
  };

  const update = (patch: Partial<ProbeFields>) => {
    store.setState((s) => ({ ...s, ...patch }));
    if (autoRun) run();
  };

  return {
    store,
    setSource: (id) => update({ source: id }),
    setDestination: (id) => update({ destination: id }),
    setProtocol: (p) => update({ protocol: p, ...(p === "icmp" ? { port: "" } : store.getState().port === "" ? { port: "443" } : {}) }),
    setPort: (text) => update({ port: text }),
    setSourceIp: (text) => update({ sourceIp: text }),
    setDestinationIp: (text) => update({ destinationIp: text }),
    setQuery(q) {
      store.setState((s) => ({
        ...s,
        ...(q.source !== undefined ? { source: q.source } : {}),
        ...(q.destination !== undefined ? (isAddress(q.destination) ? { destination: OTHER_ADDRESS, destinationIp: q.destination } : { destination: q.destination }) : {}),
        ...(q.protocol !== undefined ? { protocol: q.protocol } : {}),
        ...(q.port !== undefined ? { port: String(q.port) } : {}),
        ...(q.sourceIp !== undefined ? { sourceIp: q.sourceIp } : {}),
        ...(q.destinationIp !== undefined && !(q.destination !== undefined && isAddress(q.destination)) ? { destinationIp: q.destinationIp } : {}),
      }));
      run();
    },
    run,
    refresh() {
      if (store.getState().runs > 0 || store.getState().error) run();
    },
  };
}
