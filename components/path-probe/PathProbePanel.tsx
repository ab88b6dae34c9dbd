"use client";
/**
 * The path probe's form and result: labelled selects for source and destination, protocol and port; the
 * verdict; the forward and return paths hop by hop as ordered lists, with packet headers where NAT changes
 * them, and for a blocked hop the engine's explanation. Thin: state and engine calls are in the controller.
 * The network's words come from `model`, or from `text` (a lesson lab drawn before the engine has loaded; see
 * probe-text.ts). This file imports no engine code, so a lesson page can draw the panel without it.
 */
import { useId, useMemo, useSyncExternalStore } from "react";
import type { Analysis, Model, PathComponent, Protocol } from "@/lib/reachability";
import { formatHeader, sameHeader } from "@/components/network/hop-text";
import "@/components/network/widgets.css";
import type { EndpointOption } from "./endpoints";
import type { PathProbeController } from "./path-probe-controller";
import { OTHER_ADDRESS, probeTextOf, type ProbeText } from "./probe-text";

function Options({ options }: { options: readonly EndpointOption[] }) {
  const groups = [...new Set(options.map((o) => o.group))];
  return (
    <>
      {groups.map((g) => (
        <optgroup key={g} label={g}>
          {options
            .filter((o) => o.group === g)
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
}

function HopList({ text, hops, leg, blocked }: { text: ProbeText; hops: readonly PathComponent[]; leg: string; blocked?: { text: string; code: string; componentId?: string } }) {
  return (
    <ol className="rn-hops flex flex-col gap-1 text-sm" aria-label={`${leg} path, hop by hop`}>
      {hops.map((hop, i) => {
        const isBlock = !!blocked && i === hops.length - 1 && hop.Component.Id === blocked.componentId;
        const changed = hop.InboundHeader && hop.OutboundHeader && !sameHeader(hop.InboundHeader, hop.OutboundHeader);
        return (
          <li key={hop.SequenceNumber} className="flex gap-2">
            <span className="rn-mono w-6 shrink-0 text-right text-[var(--rn-muted)]">{hop.SequenceNumber}.</span>
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <span className={isBlock ? "rn-blocked-text" : "rn-ok-text"} aria-hidden="true">{isBlock ? "✗ " : "✓ "}</span>
              <span className="rn-mono font-semibold">{hop.Component.Id}</span> <span className="text-[var(--rn-muted)]">({text.kindOf(hop.Component.Id)})</span>
              <span className={isBlock ? "rn-blocked-text block" : "block"}>
                {isBlock ? `Blocked (${blocked.code}). ${blocked.text}` : text.describe(hop)}
              </span>
              {changed ? (
                <span className="rn-mono block">
                  header: {formatHeader(hop.InboundHeader!)} <span aria-hidden="true">⇒</span>
                  <span className="rn-visually-hidden">becomes</span> {formatHeader(hop.OutboundHeader!)}
                </span>
              ) : null}
            </span>
          </li>
        );
      })}
      {blocked && !(hops.length > 0 && hops[hops.length - 1]!.Component.Id === blocked.componentId) ? (
        <li className="flex gap-2">
          <span className="rn-mono w-6 shrink-0 text-right text-[var(--rn-muted)]">✗</span>
          <span className="rn-blocked-text min-w-0">
            Blocked{blocked.componentId ? <> at <span className="rn-mono">{blocked.componentId}</span></> : null} ({blocked.code}). <span className="font-normal">{blocked.text}</span>
          </span>
        </li>
      ) : null}
    </ol>
  );
}

export function Verdict({ analysis }: { analysis: Analysis }) {
  const e = analysis.Explanations[0];
  const q = analysis.NetworkInsightsPath;
  const what = `${q.Source} → ${q.Destination} ${q.Protocol}${q.DestinationPort !== undefined ? ` ${q.DestinationPort}` : ""}`;
  return analysis.NetworkPathFound ? (
    <p className="rn-verdict-ok m-0">
      <strong className="rn-ok-text">✓ Reachable:</strong> {what}, and the reply returns.
    </p>
  ) : (
    <p className="rn-verdict-blocked m-0 [overflow-wrap:anywhere]">
      <strong className="rn-blocked-text">✗ Blocked:</strong> {what}
      {e ? (
        <>
          {" "}at <span className="rn-mono">{e.Component?.Id ?? "?"}</span> ({e.ExplanationCode}
          {analysis.ReturnPathComponents.length > 0 ? ", on the reply" : ""}). {e.Explanation}
        </>
      ) : null}
    </p>
  );
}

export interface PathProbePanelProps {
  readonly controller: PathProbeController;
  /** The network, for the endpoint list and the hop sentences… */
  readonly model?: Model;
  /** …or those words precomputed (wins over `model`). */
  readonly text?: ProbeText;
  readonly idPrefix?: string;
  /** The query changed and its answer is being computed (the engine is still loading): the old answer is marked stale. */
  readonly busy?: boolean;
}

const NO_TEXT: ProbeText = { options: [], kindOf: () => "component", describe: () => "" };

export function PathProbePanel({ controller, model, text: given, idPrefix, busy = false }: PathProbePanelProps) {
  const state = useSyncExternalStore(controller.store.subscribe, controller.store.getState, controller.store.getState);
  const text = useMemo(() => given ?? (model ? probeTextOf(model) : NO_TEXT), [given, model]);
  const options = text.options;
  const uid = (idPrefix ?? "") + useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const id = (name: string) => `${uid}-${name}`;
  const sourceOutside = options.find((o) => o.id === state.source)?.outside ?? false;
  const err = state.error;
  const errorFor = (...fields: string[]) => (err && fields.includes(err.field) ? err.message : undefined);
  const fieldError = (name: string, ...fields: string[]) => {
    const m = errorFor(...fields);
    return m ? (
      <p id={id(`${name}-error`)} className="rn-error m-0 mt-1">
        {m}
      </p>
    ) : null;
  };
  const a = state.analysis;
  const explanation = a && !a.NetworkPathFound ? a.Explanations[0] : undefined;
  const blockedOnReturn = !!a && !a.NetworkPathFound && a.ReturnPathComponents.length > 0;
  const blocked = explanation ? { text: explanation.Explanation, code: explanation.ExplanationCode, ...(explanation.Component ? { componentId: explanation.Component.Id } : {}) } : undefined;

  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={id("title")}>
      <h3 id={id("title")}>Path probe</h3>
      <form
        className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
        onSubmit={(e) => {
          e.preventDefault();
          controller.run();
        }}
      >
        <div>
          <label className="rn-label" htmlFor={id("source")}>Source</label>
          <select id={id("source")} className="rn-select" value={state.source} onChange={(e) => controller.setSource(e.target.value)} aria-invalid={!!errorFor("Source")} aria-describedby={errorFor("Source") ? id("source-error") : undefined}>
            <option value="">Choose a source…</option>
            <Options options={options} />
          </select>
          {fieldError("source", "Source")}
        </div>
        <div>
          <label className="rn-label" htmlFor={id("destination")}>Destination</label>
          <select id={id("destination")} className="rn-select" value={state.destination} onChange={(e) => controller.setDestination(e.target.value)} aria-invalid={!!errorFor("Destination")} aria-describedby={errorFor("Destination") ? id("destination-error") : undefined}>
            <option value="">Choose a destination…</option>
            <Options options={options} />
            <option value={OTHER_ADDRESS}>An IP address…</option>
          </select>
          {fieldError("destination", "Destination")}
        </div>
        <div>
          <label className="rn-label" htmlFor={id("protocol")}>Protocol</label>
          <select id={id("protocol")} className="rn-select" value={state.protocol} onChange={(e) => controller.setProtocol(e.target.value as Protocol)}>
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP (ping)</option>
          </select>
        </div>
        <div>
          <label className="rn-label" htmlFor={id("port")}>Destination port</label>
          <input
            id={id("port")}
            className="rn-input"
            inputMode="numeric"
            value={state.port}
            disabled={state.protocol === "icmp"}
            onChange={(e) => controller.setPort(e.target.value)}
            aria-invalid={!!errorFor("DestinationPort")}
            aria-describedby={errorFor("DestinationPort") ? id("port-error") : undefined}
          />
          {fieldError("port", "DestinationPort")}
        </div>
        {state.destination === OTHER_ADDRESS || state.destinationIp ? (
          <div>
            <label className="rn-label" htmlFor={id("dip")}>Destination IP</label>
            <input id={id("dip")} className="rn-input" value={state.destinationIp} placeholder="e.g. 8.8.8.8" onChange={(e) => controller.setDestinationIp(e.target.value)} aria-invalid={!!errorFor("DestinationIp")} aria-describedby={errorFor("DestinationIp") ? id("dip-error") : undefined} />
            {fieldError("dip", "DestinationIp")}
          </div>
        ) : null}
        {sourceOutside || state.sourceIp ? (
          <div>
            <label className="rn-label" htmlFor={id("sip")}>Source IP (outside host)</label>
            <input id={id("sip")} className="rn-input" value={state.sourceIp} placeholder="default 198.51.100.10" onChange={(e) => controller.setSourceIp(e.target.value)} aria-invalid={!!errorFor("SourceIp")} aria-describedby={errorFor("SourceIp") ? id("sip-error") : undefined} />
            {fieldError("sip", "SourceIp")}
          </div>
        ) : null}
        {err && !["Source", "Destination", "DestinationPort", "DestinationIp", "SourceIp"].includes(err.field) ? <p className="rn-error m-0 sm:col-span-2 lg:col-span-4">{err.message}</p> : null}
      </form>
      <div aria-live="polite" aria-busy={busy} className="flex flex-col gap-3">
        {busy ? <p className="m-0 text-sm text-[var(--rn-muted)]">Running the new query… (the engine is loading)</p> : a ? <Verdict analysis={a} /> : null}
      </div>
      {a ? (
        <div className={`grid grid-cols-1 gap-4 lg:grid-cols-2${busy ? " opacity-60" : ""}`}>
          <div>
            <h4 className="m-0 mb-1 text-sm font-semibold">Request (forward path)</h4>
            <HopList text={text} hops={a.ForwardPathComponents} leg="Request" {...(blocked && !blockedOnReturn ? { blocked } : {})} />
          </div>
          <div>
            <h4 className="m-0 mb-1 text-sm font-semibold">Reply (return path)</h4>
            {a.ReturnPathComponents.length > 0 ? (
              <HopList text={text} hops={a.ReturnPathComponents} leg="Reply" {...(blocked && blockedOnReturn ? { blocked } : {})} />
            ) : (
              <p className="m-0 text-sm text-[var(--rn-muted)]">{a.NetworkPathFound ? "Not analysed (one-way analysis)." : "No reply: the request was not delivered."}</p>
            )}
          </div>
        </div>
      ) : null}
    </section>
  );
}
