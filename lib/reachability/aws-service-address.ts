/**
 * Addresses of AWS services that neither network ACLs nor security groups filter (semantics 6.8): Amazon DNS
 * (the VPC base + 2, and 169.254.169.253), instance metadata (169.254.169.254), Amazon Time Sync
 * (169.254.169.123), ECS task metadata (169.254.170.2), the subnet router (subnet base + 1), and their IPv6
 * forms on Nitro instances (fd00:ec2::254, ::253, ::123). Traffic from an interface to them is delivered at
 * the interface, with no NACL, SG or route table on the way.
 */
import { cidrContains, parseAddress, type Address } from "./cidr";
import type { Eni, Model } from "./model";

const FIXED: readonly Address[] = ["169.254.169.254", "169.254.169.253", "169.254.169.123", "169.254.170.2", "fd00:ec2::254", "fd00:ec2::253", "fd00:ec2::123"].map((a) => parseAddress(a) as Address);

/** True when `address`, seen from interface `eni`, is an AWS service address that no NACL or SG filters. */
export function isAwsServiceAddress(model: Model, eni: Eni, address: Address): boolean {
  if (FIXED.some((a) => a.family === address.family && a.value === address.value)) return true;
  if (address.family !== 4) return false;
  const vpc = model.vpcs.get(eni.vpcId);
  const primary = vpc?.cidrs4[0];
  if (primary && address.value === primary.base + 2n) return true;
  const subnet = model.subnets.get(eni.subnetId);
  return !!subnet?.cidr4 && cidrContains(subnet.cidr4, address) && address.value === subnet.cidr4.base + 1n;
}
