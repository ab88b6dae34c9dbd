/**
 * The registry of component families: one line per family. The traversal core dispatches to them by the kind
 * they register at load. To add a family, write its file (see README, "Adding a component family") and add
 * one line here.
 */
import type { ComponentFamily } from "./family";
import { internetGatewayFamily } from "./internet-gateway";

export const registeredFamilies: readonly ComponentFamily[] = [
  internetGatewayFamily,
];
