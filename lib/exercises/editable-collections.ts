// Which snapshot collections and fields an exercise may open for editing. Plain data without zod, so the
// browser's player (apply-changes, submission-changes) does not pull the schema library into its bundle.
/**
 * What a learner may edit: snapshot collections (AWS's top-level keys), the id field of their items, and the
 * fields of an item that an exercise may open for editing. Everything else in a snapshot is fixed.
 */
export const EDITABLE_COLLECTIONS = {
  RouteTables: { idField: "RouteTableId", fields: ["Routes", "Associations", "PropagatingVgws"] },
  SecurityGroups: { idField: "GroupId", fields: ["IpPermissions", "IpPermissionsEgress"] },
  NetworkAcls: { idField: "NetworkAclId", fields: ["Entries", "Associations"] },
  NetworkInterfaces: { idField: "NetworkInterfaceId", fields: ["Association", "Groups"] },
  LoadBalancers: { idField: "LoadBalancerArn", fields: ["Scheme", "SecurityGroups"] },
  NatGateways: { idField: "NatGatewayId", fields: ["SubnetId"] },
  TransitGatewayRouteTables: { idField: "TransitGatewayRouteTableId", fields: ["Routes", "Associations", "Propagations"] },
  VpnConnections: { idField: "VpnConnectionId", fields: ["Routes"] },
} as const;

export type EditableCollection = keyof typeof EDITABLE_COLLECTIONS;
export const editableCollectionNames = Object.keys(EDITABLE_COLLECTIONS) as [EditableCollection, ...EditableCollection[]];
