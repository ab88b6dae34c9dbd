"use client";
/** Network ACL editor, laid out like the console: inbound and outbound rules (Rule number, Type, Protocol, Port range, Source/Destination, Allow/Deny) and the fixed * rule; add and remove. */
import { memo, useId, useMemo, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { DEFAULT_TYPE, InlineError, TypeFields, typeProtocol, type TypeDraft, focusAfterRemoval } from "./EditorParts";
import { aclRows, type AclRow } from "./rows";

/** Memoised: an edit elsewhere in the network leaves this table's rows (and so its DOM) untouched. */
const EntryTable = memo(function EntryTable({ lab, aclId, egress, rows, editable }: { lab: NetworkLabController; aclId: string; egress: boolean; rows: AclRow[]; editable: boolean }) {
  const peer = egress ? "Destination" : "Source";
  return (
    <div className="rn-table-wrap" role="region" aria-label={`${egress ? "Outbound" : "Inbound"} rules of ${aclId}`} tabIndex={0}>
      <table className="rn-table">
        <caption>{egress ? "Outbound rules" : "Inbound rules"} (evaluated in rule-number order; the first match decides)</caption>
        <thead>
          <tr>
            <th scope="col">Rule number</th>
            <th scope="col">Type</th>
            <th scope="col">Protocol</th>
            <th scope="col">Port range</th>
            <th scope="col">{peer}</th>
            <th scope="col">Allow/Deny</th>
            <th scope="col" className="rn-actions"><span className="rn-visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.ruleNumber}-${r.cidr}`}>
              <th scope="row" className="rn-mono">{r.ruleLabel}</th>
              <td>{r.type}</td>
              <td>{r.protocol}</td>
              <td>{r.portRange}</td>
              <td className="rn-mono">{r.cidr}</td>
              <td className={r.action === "Allow" ? "rn-ok-text" : "rn-blocked-text"}>
                <span aria-hidden="true">{r.action === "Allow" ? "✓ " : "✗ "}</span>
                {r.action}
              </td>
              <td className="rn-actions">
                {editable && r.removable ? (
                  <button type="button" className="rn-button rn-button-danger" data-row-remove="" onClick={(e) => { focusAfterRemoval(e.currentTarget); lab.removeAclEntry(aclId, egress, r.ruleNumber); }} aria-label={`Remove ${egress ? "outbound" : "inbound"} rule ${r.ruleNumber}`}>Remove</button>
                ) : !r.removable ? (
                  <span className="text-sm text-[var(--rn-muted)]">fixed</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});

export function NetworkAclEditor({ lab, aclId }: { lab: NetworkLabController; aclId: string }) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const { inSnapshot, inbound, outbound } = useMemo(() => aclRows(state.snapshot, aclId), [state.snapshot.NetworkAcls, aclId]); // the rows change only when this section of the JSON does
  const [direction, setDirection] = useState<"inbound" | "outbound">("inbound");
  const [ruleNumber, setRuleNumber] = useState("");
  const [type, setType] = useState<TypeDraft>(DEFAULT_TYPE);
  const [cidr, setCidr] = useState("");
  const [action, setAction] = useState<"allow" | "deny">("allow");
  const err = state.errors[aclId];
  const errorId = `${uid}-error`;
  const acl = state.model.networkAcls.get(aclId);
  const subnets = [...state.model.subnets.values()].filter((s) => s.aclId === aclId).map((s) => s.id);

  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        Network ACL <span className="rn-mono">{aclId}</span>
        {acl?.name ? ` (${acl.name})` : ""}
      </h3>
      <p className="m-0 text-sm text-[var(--rn-muted)]">Associated with {subnets.length > 0 ? subnets.join(", ") : "no subnet"}. Network ACLs are stateless: replies need their own rules.</p>
      {!inSnapshot ? <p className="m-0 text-sm">This network ACL was filled in by the engine and is not in the snapshot, so it cannot be edited.</p> : null}
      <EntryTable lab={lab} aclId={aclId} egress={false} rows={inbound} editable={inSnapshot} />
      <EntryTable lab={lab} aclId={aclId} egress rows={outbound} editable={inSnapshot} />
      {inSnapshot ? (
        <form
          className="grid grid-cols-2 items-end gap-3 lg:grid-cols-[auto_6rem_1fr_1fr_1.2fr_auto_auto]"
          aria-label={`Add a rule to ${aclId}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (lab.addAclEntry(aclId, { direction, ruleNumber, protocol: typeProtocol(type), ports: type.ports, cidr, action })) {
              setRuleNumber("");
              setCidr("");
            }
          }}
        >
          <div>
            <label className="rn-label" htmlFor={`${uid}-dir`}>Rule</label>
            <select id={`${uid}-dir`} className="rn-select" value={direction} onChange={(e) => setDirection(e.target.value as "inbound" | "outbound")}>
              <option value="inbound">Inbound</option>
              <option value="outbound">Outbound</option>
            </select>
          </div>
          <div>
            <label className="rn-label" htmlFor={`${uid}-num`}>Rule number</label>
            <input id={`${uid}-num`} className="rn-input rn-mono" inputMode="numeric" placeholder="1–32766" value={ruleNumber} onChange={(e) => setRuleNumber(e.target.value)} aria-invalid={err?.field === "ruleNumber"} aria-describedby={err ? errorId : undefined} />
          </div>
          <TypeFields idPrefix={uid} value={type} onChange={setType} invalid={err?.field === "ports"} describedBy={err ? errorId : undefined} />
          <div>
            <label className="rn-label" htmlFor={`${uid}-cidr`}>{direction === "inbound" ? "Source" : "Destination"} CIDR</label>
            <input id={`${uid}-cidr`} className="rn-input rn-mono" placeholder="e.g. 10.0.1.0/24" value={cidr} onChange={(e) => setCidr(e.target.value)} aria-invalid={err?.field === "cidr"} aria-describedby={err ? errorId : undefined} />
          </div>
          <div>
            <label className="rn-label" htmlFor={`${uid}-action`}>Allow/Deny</label>
            <select id={`${uid}-action`} className="rn-select" value={action} onChange={(e) => setAction(e.target.value as "allow" | "deny")}>
              <option value="allow">Allow</option>
              <option value="deny">Deny</option>
            </select>
          </div>
          <button type="submit" className="rn-button rn-button-primary" data-add-action="">Add rule</button>
        </form>
      ) : null}
      <InlineError id={errorId} message={err?.message} />
    </section>
  );
}
