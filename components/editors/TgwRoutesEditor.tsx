"use client";
/**
 * A transit gateway route table's static routes, laid out like the console: CIDR, Attachment, Route type, Route
 * state; create a static route to an attachment or as a blackhole, delete one. Propagated routes are not listed
 * here (they come from propagations). The change is made by `setRoutes` (the caller's reload-or-refuse path).
 */
import { useId, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { isIpv4Cidr, isIpv6Cidr } from "./drafts";
import { InlineError, focusAfterRemoval } from "./EditorParts";

type Json = Record<string, unknown>;

export interface TgwAttachmentOption {
  readonly TransitGatewayAttachmentId: string;
  readonly ResourceId?: string;
  readonly ResourceType?: string;
}

const BLACKHOLE = "(blackhole)";

export function TgwRoutesEditor({
  lab,
  routeTableId,
  routes,
  attachments,
  setRoutes,
}: {
  lab: NetworkLabController;
  routeTableId: string;
  routes: readonly Json[];
  attachments: readonly TgwAttachmentOption[];
  setRoutes: (routes: Json[], done: string) => boolean;
}) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [cidr, setCidr] = useState("");
  const [target, setTarget] = useState("");
  // A typing error names its field; the engine's refusal of a committed change concerns the route as a whole.
  const [typed, setTyped] = useState<{ field: "cidr" | "target"; message: string } | undefined>();
  const refused = state.errors[routeTableId]?.message;
  const error = typed?.message ?? refused;
  const invalid = (field: "cidr" | "target") => (typed ? typed.field === field : !!refused);
  const errorId = `${uid}-error`;
  const attachmentOf = (r: Json) => (Array.isArray(r.TransitGatewayAttachments) ? (r.TransitGatewayAttachments as Json[])[0]?.TransitGatewayAttachmentId : undefined);

  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        Transit gateway route table <span className="rn-mono">{routeTableId}</span>: Static routes
      </h3>
      <div className="rn-table-wrap" role="region" aria-label={`Static routes of ${routeTableId}`} tabIndex={0}>
        <table className="rn-table">
          <thead>
            <tr>
              <th scope="col">CIDR</th>
              <th scope="col">Attachment</th>
              <th scope="col">Route state</th>
              <th scope="col" className="rn-actions"><span className="rn-visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {routes.length === 0 ? (
              <tr>
                <td colSpan={4} className="text-[var(--rn-muted)]">No static routes.</td>
              </tr>
            ) : null}
            {routes.map((r, i) => {
              const dest = String(r.DestinationCidrBlock ?? r.PrefixListId ?? "?");
              const blackhole = String(r.State ?? "").toLowerCase() === "blackhole";
              return (
                <tr key={`${dest}-${i}`}>
                  <td className="rn-mono">{dest}</td>
                  <td className="rn-mono">{blackhole ? "–" : String(attachmentOf(r) ?? "?")}</td>
                  <td>{blackhole ? <span className="rn-blocked-text">Blackhole</span> : "Active"}</td>
                  <td className="rn-actions">
                    <button
                      type="button"
                      className="rn-button rn-button-danger"
                      aria-label={`Delete static route ${dest}`}
                      data-row-remove=""
                      onClick={(e) => {
                        focusAfterRemoval(e.currentTarget);
                        setTyped(undefined);
                        setRoutes(routes.filter((_, j) => j !== i), `Static route ${dest} deleted from ${routeTableId}.`);
                      }}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <form
        className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[1fr_1fr_auto]"
        aria-label={`Create a static route in ${routeTableId}`}
        onSubmit={(e) => {
          e.preventDefault();
          const dest = cidr.trim();
          if (!isIpv4Cidr(dest) && !isIpv6Cidr(dest)) return setTyped({ field: "cidr", message: "Enter a CIDR block such as 10.2.0.0/16." });
          if (routes.some((r) => r.DestinationCidrBlock === dest)) return setTyped({ field: "cidr", message: "This route table already has a static route to that CIDR." });
          if (!target) return setTyped({ field: "target", message: "Choose an attachment, or Blackhole." });
          setTyped(undefined);
          const attachment = attachments.find((a) => a.TransitGatewayAttachmentId === target);
          const route: Json =
            target === BLACKHOLE
              ? { DestinationCidrBlock: dest, Type: "static", State: "blackhole" }
              : { DestinationCidrBlock: dest, TransitGatewayAttachments: [{ ...attachment }], Type: "static", State: "active" };
          if (setRoutes([...routes, route], `Static route ${dest} → ${target === BLACKHOLE ? "blackhole" : target} created in ${routeTableId}.`)) {
            setCidr("");
            setTarget("");
          }
        }}
      >
        <div>
          <label className="rn-label" htmlFor={`${uid}-cidr`}>CIDR</label>
          <input id={`${uid}-cidr`} className="rn-input rn-mono" placeholder="e.g. 10.2.0.0/16" value={cidr} onChange={(e) => setCidr(e.target.value)} aria-invalid={invalid("cidr")} aria-describedby={error ? errorId : undefined} />
        </div>
        <div>
          <label className="rn-label" htmlFor={`${uid}-target`}>Attachment</label>
          <select id={`${uid}-target`} className="rn-select rn-mono" value={target} onChange={(e) => setTarget(e.target.value)} aria-invalid={invalid("target")} aria-describedby={error ? errorId : undefined}>
            <option value="">Choose an attachment…</option>
            {attachments.map((a) => (
              <option key={a.TransitGatewayAttachmentId} value={a.TransitGatewayAttachmentId}>
                {a.TransitGatewayAttachmentId}
                {a.ResourceId ? ` (${a.ResourceType ?? "resource"} ${a.ResourceId})` : ""}
              </option>
            ))}
            <option value={BLACKHOLE}>Blackhole (drop the traffic)</option>
          </select>
        </div>
        <button type="submit" className="rn-button rn-button-primary" data-add-action="">Create static route</button>
      </form>
      <InlineError id={errorId} message={error} />
    </section>
  );
}
