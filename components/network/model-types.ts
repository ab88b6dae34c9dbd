/**
 * Types of the engine's model that the widgets read. The engine's index exports `Model` only, so the entry
 * types are derived from it here (an adapter; see the report: the engine could export Vpc, Subnet, Eni, ...).
 */
import type { Model } from "@/lib/reachability";

type MapValue<M> = M extends ReadonlyMap<string, infer V> ? V : never;

export type ModelVpc = MapValue<Model["vpcs"]>;
export type ModelSubnet = MapValue<Model["subnets"]>;
export type ModelRouteTable = MapValue<Model["routeTables"]>;
export type ModelRoute = ModelRouteTable["routes"][number];
export type ModelNetworkAcl = MapValue<Model["networkAcls"]>;
export type ModelSecurityGroup = MapValue<Model["securityGroups"]>;
export type ModelEni = MapValue<Model["enis"]>;
export type ModelInstance = MapValue<Model["instances"]>;
export type ModelComponent = MapValue<Model["components"]>;
