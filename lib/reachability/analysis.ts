/**
 * The output shape: RA's NetworkInsightsAnalysis (NetworkPathFound, ForwardPathComponents, ReturnPathComponents,
 * Explanations), field names as in the EC2 API (AnalysisComponent, PathComponent, Explanation), plus one plain
 * `Explanation` sentence per explanation for learners, and the analysed path with its defaults filled in.
 */
import type { ExplanationCode } from "./explanation-codes";
import type { AclRuleOut } from "./network-acl";
import type { PacketHeader, PortRange } from "./packet";
import type { RouteTableRouteOut } from "./route-table";
import type { SecurityGroupRuleOut } from "./security-group";

/** RA's AnalysisComponent. */
export interface ComponentRef {
  Id: string;
  Arn?: string;
  Name?: string;
}

/** RA's PathComponent (SequenceNumber is assigned when the path is complete). */
export interface PathComponent {
  SequenceNumber: number;
  Component: ComponentRef;
  AclRule?: AclRuleOut;
  AttachedTo?: ComponentRef;
  InboundHeader?: PacketHeader;
  OutboundHeader?: PacketHeader;
  RouteTableRoute?: RouteTableRouteOut;
  SecurityGroupRule?: SecurityGroupRuleOut;
  SourceVpc?: ComponentRef;
  DestinationVpc?: ComponentRef;
  Subnet?: ComponentRef;
  Vpc?: ComponentRef;
  TransitGateway?: ComponentRef;
  TransitGatewayRouteTableRoute?: Record<string, unknown>;
  ElasticLoadBalancerListener?: Record<string, unknown>;
  ServiceName?: string;
  AdditionalDetails?: { AdditionalDetailType: string; Component?: ComponentRef }[];
}

/** A path component before numbering. */
export type Hop = Omit<PathComponent, "SequenceNumber">;

/** RA's Explanation, plus `Explanation`: one sentence in the AWS console's words. */
export interface Explanation {
  ExplanationCode: ExplanationCode;
  Direction?: "ingress" | "egress";
  Component?: ComponentRef;
  Acl?: ComponentRef;
  AclRule?: AclRuleOut;
  Address?: string;
  Addresses?: string[];
  AttachedTo?: ComponentRef;
  AvailabilityZones?: string[];
  Cidrs?: string[];
  CustomerGateway?: ComponentRef;
  Destination?: ComponentRef;
  DestinationVpc?: ComponentRef;
  ElasticLoadBalancerListener?: Record<string, unknown>;
  IngressRouteTable?: ComponentRef;
  InternetGateway?: ComponentRef;
  LoadBalancerArn?: string;
  LoadBalancerListenerPort?: number;
  LoadBalancerTarget?: Record<string, unknown>;
  LoadBalancerTargetGroup?: ComponentRef;
  LoadBalancerTargetGroups?: ComponentRef[];
  LoadBalancerTargetPort?: number;
  MissingComponent?: string;
  NatGateway?: ComponentRef;
  NetworkInterface?: ComponentRef;
  PacketField?: string;
  Port?: number;
  PortRanges?: PortRange[];
  PrefixList?: ComponentRef;
  Protocols?: string[];
  RouteTable?: ComponentRef;
  RouteTableRoute?: RouteTableRouteOut;
  SecurityGroup?: ComponentRef;
  SecurityGroupRule?: SecurityGroupRuleOut;
  SecurityGroups?: ComponentRef[];
  SourceVpc?: ComponentRef;
  State?: string;
  Subnet?: ComponentRef;
  SubnetRouteTable?: ComponentRef;
  TransitGateway?: ComponentRef;
  TransitGatewayAttachment?: ComponentRef;
  TransitGatewayRouteTable?: ComponentRef;
  TransitGatewayRouteTableRoute?: Record<string, unknown>;
  Vpc?: ComponentRef;
  VpcEndpoint?: ComponentRef;
  VpcPeeringConnection?: ComponentRef;
  VpnConnection?: ComponentRef;
  VpnGateway?: ComponentRef;
  /** Reachable: the sentence for learners, in the console's words. */
  Explanation: string;
}

/** The analysed path (RA's NetworkInsightsPath), with every default filled in. */
export interface AnalysedPath {
  Source: string;
  Destination: string;
  SourceIp?: string;
  DestinationIp?: string;
  Protocol: "tcp" | "udp" | "icmp";
  DestinationPort?: number;
  /** The client's ephemeral port used for the analysis (default 50000). */
  SourcePort?: number;
}

export interface Analysis {
  NetworkInsightsPath: AnalysedPath;
  NetworkPathFound: boolean;
  ForwardPathComponents: PathComponent[];
  ReturnPathComponents: PathComponent[];
  Explanations: Explanation[];
  /** Informational codes (RA's additional detail codes), e.g. UNIDIRECTIONAL_PATH_ANALYSIS_ONLY. */
  AdditionalDetails?: { AdditionalDetailType: ExplanationCode; Component?: ComponentRef }[];
}
