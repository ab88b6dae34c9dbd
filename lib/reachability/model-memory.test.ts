/**
 * The model keeps nothing of the parsed snapshot once loaded: queries run on the model alone, and a 200 MB
 * snapshot's parsed JSON (several times the model's size) must be garbage after loadSnapshot returns, so nothing in
 * the model may hold a section or an item of it. (A closure of the build that captures a section can also keep it
 * alive through the optimized code of a hot load; that shows only at scale, in `npm run bench`'s "heap retained by
 * model" row, not here.)
 */
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { loadSnapshot } from "./index";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;

function snapshot() {
  return {
    Vpcs: [{ VpcId: "vpc-1", CidrBlock: "10.0.0.0/16" }],
    Subnets: [{ SubnetId: "subnet-a", VpcId: "vpc-1", CidrBlock: "10.0.1.0/24", AvailabilityZone: "us-east-1a" }],
    NetworkInterfaces: [{ NetworkInterfaceId: "eni-1", SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5", Attachment: { InstanceId: "i-1", Status: "attached", DeviceIndex: 0 } }],
    Reservations: [{ Instances: [{ InstanceId: "i-1", State: { Name: "running" }, SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.5" }, { InstanceId: "i-2", State: { Name: "running" }, SubnetId: "subnet-a", PrivateIpAddress: "10.0.1.6" }] }],
    SecurityGroups: [{ GroupId: "sg-1", GroupName: "web", VpcId: "vpc-1", IpPermissions: [], IpPermissionsEgress: [] }],
    TransitGateways: [{ TransitGatewayId: "tgw-1", State: "available" }],
    TransitGatewayVpcAttachments: [{ TransitGatewayAttachmentId: "tgw-attach-1", TransitGatewayId: "tgw-1", VpcId: "vpc-1", SubnetIds: ["subnet-a"], State: "available" }],
  };
}

describe("model memory", () => {
  it("keeps none of the parsed snapshot's sections once loaded", async () => {
    const refs: WeakRef<object>[] = [];
    const model = (() => {
      const json = snapshot();
      for (const section of Object.values(json)) refs.push(new WeakRef(section));
      return loadSnapshot(json);
    })();
    expect(model.instances.get("i-2")?.eniIds).toEqual(["eni-of-i-2"]);
    await new Promise((resolve) => setTimeout(resolve, 0)); // WeakRef targets live until the end of the job
    gc();
    const kept = refs.map((r, i) => (r.deref() ? Object.keys(snapshot())[i] : undefined)).filter(Boolean);
    expect(kept).toEqual([]);
    expect(model.enis.size).toBe(2); // the model itself is alive
  });
});
