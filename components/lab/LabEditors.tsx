"use client";
/**
 * "Edit the network": the console-like editors of a NetworkLab for exactly its editable resources (up to three
 * shown together; with more, the learner picks one), and the live region that announces each accepted or
 * refused edit. Shared by NetworkLab and the lesson labs (which load it, with the engine, when the lab is used).
 */
import { useId, useState, useSyncExternalStore } from "react";
import { NetworkAclEditor } from "@/components/editors/NetworkAclEditor";
import { RouteTableEditor } from "@/components/editors/RouteTableEditor";
import { SecurityGroupEditor } from "@/components/editors/SecurityGroupEditor";
import type { NetworkLabController } from "./network-lab-controller";

export function LabEditors({ lab }: { lab: NetworkLabController }) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const all = [...lab.editableOf("route-table"), ...lab.editableOf("security-group"), ...lab.editableOf("network-acl")];
  const [picked, setPicked] = useState(all[0] ?? "");
  if (all.length === 0) return null;
  const shown = all.length > 3 ? all.filter((id) => id === picked) : all;
  const routeTables = lab.editableOf("route-table").filter((id) => shown.includes(id));
  const groups = lab.editableOf("security-group").filter((id) => shown.includes(id));
  const acls = lab.editableOf("network-acl").filter((id) => shown.includes(id));
  const kindName = (id: string) => (state.model.routeTables.has(id) ? "Route table" : state.model.securityGroups.has(id) ? "Security group" : "Network ACL");

  return (
    <div className="flex flex-col gap-4">
      <h3>Edit the network</h3>
      {all.length > 3 ? (
        <div className="max-w-md">
          <label className="rn-label" htmlFor={`${uid}-resource`}>Resource to edit</label>
          <select id={`${uid}-resource`} className="rn-select" value={picked} onChange={(e) => setPicked(e.target.value)}>
            {all.map((id) => (
              <option key={id} value={id}>
                {kindName(id)} {id}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="m-0 text-sm text-[var(--rn-muted)]" aria-live="polite">
        {state.announcement || "Changes apply at once: the diagram and the path probe follow."}
      </p>
      {routeTables.map((id) => (
        <RouteTableEditor key={id} lab={lab} routeTableId={id} />
      ))}
      {groups.map((id) => (
        <SecurityGroupEditor key={id} lab={lab} groupId={id} />
      ))}
      {acls.map((id) => (
        <NetworkAclEditor key={id} lab={lab} aclId={id} />
      ))}
    </div>
  );
}
