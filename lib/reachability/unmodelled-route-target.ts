/**
 * Route targets the engine does not model: an AWS Cloud WAN core network (`CoreNetworkArn`), a Wavelength carrier
 * gateway (`CarrierGatewayId`), an Outposts local gateway (`LocalGatewayId`). describe-route-tables prints routes to
 * them, but the snapshot has no section describing them, so each one a route names becomes a component of its own:
 * the snapshot loads, and a packet such a route sends there stops with UNSUPPORTED_COMPONENT (RA's code for a
 * component it does not support). They cannot be query ends.
 */
import type { ComponentFamily, HopOutcome } from "./family";

const FIELDS = ["CoreNetworkArn", "CarrierGatewayId", "LocalGatewayId"] as const;

const WHAT: Record<(typeof FIELDS)[number], string> = {
  CoreNetworkArn: "AWS Cloud WAN core network",
  CarrierGatewayId: "carrier gateway",
  LocalGatewayId: "Outposts local gateway",
};

export interface UnmodelledRouteTargetData {
  readonly what: string;
}

export const unmodelledRouteTargetFamily: ComponentFamily = {
  name: "unmodelled-route-target",

  load(ctx) {
    for (const table of ctx.model.snapshot.RouteTables) {
      for (const route of table.Routes ?? []) {
        for (const field of FIELDS) {
          const id = route[field];
          if (typeof id !== "string" || id === "" || ctx.model.components.has(id)) continue;
          ctx.register({ id, kind: "unmodelled-route-target", data: { what: WHAT[field] } satisfies UnmodelledRouteTargetData });
        }
      }
    }
  },

  receive(ctx, c, packet): HopOutcome {
    const d = c.data as UnmodelledRouteTargetData;
    const hop = ctx.hop(c.id, { InboundHeader: ctx.header(packet) });
    return { kind: "blocked", hops: [hop], explanation: ctx.explain("UNSUPPORTED_COMPONENT", { Component: hop.Component }, packet, `${c.id} is an ${d.what}, which this analysis does not model; the path cannot be followed through it.`) };
  },
};
