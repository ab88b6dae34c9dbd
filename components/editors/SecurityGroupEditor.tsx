"use client";
/**
 * Security group editor, laid out like the console: inbound and outbound rules (Type, Protocol, Port range,
 * Source/Destination); add and remove. `directions` names the rule directions that may change (an exercise may
 * keep one locked): rows of a locked direction say "read-only" and offer no Remove, and the Add form offers only
 * the open directions.
 */
import { memo, useId, useMemo, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { DEFAULT_TYPE, InlineError, TypeFields, typeProtocol, type TypeDraft, focusAfterRemoval } from "./EditorParts";
import { sgRows, type SgRow } from "./rows";

/** Memoised: an edit elsewhere in the network leaves this table's rows (and so its DOM) untouched. */
const RuleTable = memo(function RuleTable({ lab, groupId, direction, rows, editable }: { lab: NetworkLabController; groupId: string; direction: "inbound" | "outbound"; rows: SgRow[]; editable: boolean }) {
  const peer = direction === "inbound" ? "Source" : "Destination";
  return (
    <div className="rn-table-wrap" role="region" aria-label={`${direction === "inbound" ? "Inbound" : "Outbound"} rules of ${groupId}`} tabIndex={0}>
      <table className="rn-table">
        <caption>{direction === "inbound" ? "Inbound rules" : "Outbound rules"} ({rows.length})</caption>
        <thead>
          <tr>
            <th scope="col">Type</th>
            <th scope="col">Protocol</th>
            <th scope="col">Port range</th>
            <th scope="col">{peer}</th>
            <th scope="col" className="rn-actions"><span className="rn-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={5} className="text-[var(--rn-muted)]">No rules: nothing is allowed {direction}.</td>
            </tr>
          ) : null}
          {rows.map((r) => (
            <tr key={`${r.permissionIndex}-${r.peerKind}-${r.peerIndex}`}>
              <td>{r.type}</td>
              <td>{r.protocol}</td>
              <td>{r.portRange}</td>
              <td className="rn-mono">{r.peer}</td>
              <td className="rn-actions">
                {editable && r.permissionIndex >= 0 ? (
                  <button type="button" className="rn-button rn-button-danger" data-row-remove="" onClick={(e) => { focusAfterRemoval(e.currentTarget); lab.removeSgRule(groupId, r); }} aria-label={`Remove ${direction} rule ${r.type} ${r.portRange} ${peer.toLowerCase()} ${r.peer}`}>Remove</button>
                ) : (
                  <span className="text-sm text-[var(--rn-muted)]">read-only</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

type Direction = "inbound" | "outbound";
const BOTH: readonly Direction[] = ["inbound", "outbound"];

export function SecurityGroupEditor({ lab, groupId, directions = BOTH }: { lab: NetworkLabController; groupId: string; directions?: readonly Direction[] }) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { inSnapshot, inbound, outbound } = useMemo(() => sgRows(state.snapshot, groupId), [state.snapshot.SecurityGroups, groupId]); // the rows change only when this section of the JSON does
  const open = BOTH.filter((d) => directions.includes(d));
  const [chosen, setDirection] = useState<Direction>(open[0] ?? "inbound");
  const direction = open.includes(chosen) ? chosen : (open[0] ?? "inbound");
  const [type, setType] = useState<TypeDraft>(DEFAULT_TYPE);
  const [peer, setPeer] = useState("");
  const err = state.errors[groupId];
  const error = err?.message;
  const errorId = `${uid}-error`;
  const group = state.model.securityGroups.get(groupId);
  const groups = [...state.model.securityGroups.keys()].sort();

  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        Security group <span className="rn-mono">{groupId}</span>
        {group?.name ? ` (${group.name})` : ""}
      </h3>
      {!inSnapshot ? <p className="m-0 text-sm">This security group was filled in by the engine and is not in the snapshot, so it cannot be edited.</p> : null}
      <RuleTable lab={lab} groupId={groupId} direction="inbound" rows={inbound} editable={inSnapshot && open.includes("inbound")} />
      <RuleTable lab={lab} groupId={groupId} direction="outbound" rows={outbound} editable={inSnapshot && open.includes("outbound")} />
      {inSnapshot && open.length > 0 ? (
        <form
          className="grid grid-cols-1 items-end gap-3 sm:grid-cols-2 lg:grid-cols-[auto_1fr_1fr_1.4fr_auto]"
          aria-label={`Add a rule to ${groupId}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (lab.addSgRule(groupId, { direction, protocol: typeProtocol(type), ports: type.ports, peer })) setPeer("");
          }}
        >
          <div>
            <label className="rn-label" htmlFor={`${uid}-dir`}>Rule</label>
            <select id={`${uid}-dir`} className="rn-select" value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
              {open.map((d) => (
                <option key={d} value={d}>{d === "inbound" ? "Inbound" : "Outbound"}</option>
              ))}
            </select>
          </div>
          <TypeFields idPrefix={uid} value={type} onChange={setType} invalid={err?.field === "ports"} describedBy={error ? errorId : undefined} />
          <div>
            <label className="rn-label" htmlFor={`${uid}-peer`}>{direction === "inbound" ? "Source" : "Destination"} (CIDR, sg- or pl-)</label>
            <input id={`${uid}-peer`} className="rn-input rn-mono" list={`${uid}-groups`} placeholder="e.g. 10.0.0.0/16 or sg-app" value={peer} onChange={(e) => setPeer(e.target.value)} aria-invalid={err?.field === "peer"} aria-describedby={error ? errorId : undefined} />
            <datalist id={`${uid}-groups`}>
              {groups.map((g) => (
                <option key={g} value={g} />
              ))}
            </datalist>
          </div>
          <button type="submit" className="rn-button rn-button-primary" data-add-action="">Add rule</button>
        </form>
      ) : null}
      <InlineError id={errorId} message={error} />
    </section>
  );
}
