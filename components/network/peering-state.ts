/**
 * A VPC peering connection that is not active yet (pending acceptance, provisioning) carries no traffic: the
 * diagram draws it dashed and greyed and every text says its state in words. Pure.
 */
import type { Model } from "@/lib/reachability";

/** The state in words ("pending-acceptance" → "pending acceptance") when it is not active; undefined when active or unknown. */
export function inactivePeeringText(status: string | undefined): string | undefined {
  if (!status) return undefined;
  const s = status.toLowerCase();
  return s === "active" ? undefined : s.replace(/-/g, " ");
}

/** The status the model holds for a peering connection id, if it is one. */
export function peeringStatus(model: Model, id: string | undefined): string | undefined {
  const c = id ? model.components.get(id) : undefined;
  if (!c || c.kind !== "vpc-peering-connection") return undefined;
  const data = c.data as { status?: unknown } | null;
  return data && typeof data.status === "string" ? data.status : undefined;
}
