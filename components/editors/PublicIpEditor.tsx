"use client";
/**
 * A network interface's public IPv4 address, as the console's "Associate Elastic IP address" and "Disassociate"
 * actions change it (the interface's Association.PublicIp in describe-network-interfaces). The change itself is
 * made by `setAssociation` (the exercise player's reload-or-refuse path); the engine checks the address.
 */
import { useId, useState, useSyncExternalStore } from "react";
import type { NetworkLabController } from "@/components/lab/network-lab-controller";
import { InlineError } from "./EditorParts";

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

type Json = Record<string, unknown>;

export function interfaceOf(snapshot: Readonly<Json>, interfaceId: string): Json | undefined {
  const list = Array.isArray(snapshot.NetworkInterfaces) ? (snapshot.NetworkInterfaces as Json[]) : [];
  return list.find((n) => n.NetworkInterfaceId === interfaceId);
}

export function PublicIpEditor({
  lab,
  interfaceId,
  setAssociation,
}: {
  lab: NetworkLabController;
  interfaceId: string;
  /** Sets (an object) or removes (undefined) the interface's Association; returns whether it was accepted. */
  setAssociation: (association: Json | undefined, done: string) => boolean;
}) {
  const state = useSyncExternalStore(lab.store.subscribe, lab.store.getState, lab.store.getState);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [address, setAddress] = useState("");
  const [typed, setTyped] = useState<string | undefined>();
  const eni = interfaceOf(state.snapshot, interfaceId);
  const association = eni?.Association && typeof eni.Association === "object" ? (eni.Association as Json) : undefined;
  const current = typeof association?.PublicIp === "string" ? association.PublicIp : undefined;
  const attachedTo = (eni?.Attachment as Json | undefined)?.InstanceId;
  // A typing error, or the engine's refusal of the committed address: either marks the field invalid until an address is accepted.
  const error = typed ?? state.errors[interfaceId]?.message;
  const errorId = `${uid}-error`;

  return (
    <section className="rn-widget rn-panel flex flex-col gap-3" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>
        Network interface <span className="rn-mono">{interfaceId}</span>
        {typeof attachedTo === "string" ? <> (attached to <span className="rn-mono">{attachedTo}</span>)</> : null}: Public IPv4 address
      </h3>
      <p className="m-0 text-sm">
        Public IPv4 address: {current ? <span className="rn-mono font-semibold">{current}</span> : <span className="font-semibold">none</span>}
        {eni?.PrivateIpAddress ? <> · Private IPv4 address: <span className="rn-mono">{String(eni.PrivateIpAddress)}</span></> : null}
      </p>
      <form
        className="grid grid-cols-1 items-end gap-3 sm:grid-cols-[minmax(0,1fr)_auto]"
        aria-label={`Associate a public IPv4 address with ${interfaceId}`}
        onSubmit={(e) => {
          e.preventDefault();
          const ip = address.trim();
          if (!V4.test(ip)) {
            setTyped("Enter an IPv4 address such as 203.0.113.10.");
            return;
          }
          setTyped(undefined);
          if (setAssociation({ ...(association ?? {}), PublicIp: ip }, `Public IPv4 address ${ip} associated with ${interfaceId}.`)) setAddress("");
        }}
      >
        <div>
          <label className="rn-label" htmlFor={`${uid}-ip`}>Elastic IP address</label>
          <input id={`${uid}-ip`} className="rn-input rn-mono" placeholder="e.g. 203.0.113.10" value={address} onChange={(e) => setAddress(e.target.value)} aria-invalid={!!error} aria-describedby={error ? errorId : undefined} />
        </div>
        <button type="submit" className="rn-button rn-button-primary">Associate</button>
      </form>
      {current ? (
        <div>
          <button
            type="button"
            className="rn-button rn-button-danger"
            onClick={() => {
              setTyped(undefined);
              setAssociation(undefined, `Public IPv4 address ${current} disassociated from ${interfaceId}.`);
            }}
          >
            Disassociate {current}
          </button>
        </div>
      ) : null}
      <InlineError id={errorId} message={error} />
    </section>
  );
}
