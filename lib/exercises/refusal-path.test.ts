import { describe, expect, it } from "vitest";
import { ChangeRefused } from "./apply-changes";
import { fixtureExercise, OPEN_DATABASE, publicRoutes } from "./fixtures/fixture-exercise";
import { refusalInSubmission } from "./refusal-path";

const { network } = fixtureExercise();

describe("refusalInSubmission", () => {
  it("moves an engine path inside a changed field to the submission's path", () => {
    const engine = new ChangeRefused(
      "$.SecurityGroups[1].IpPermissions[0].IpRanges[0].CidrIp",
      "The changed network is not valid: Snapshot refused at $.SecurityGroups[1].IpPermissions[0].IpRanges[0].CidrIp: expected an IPv4 CIDR; found \"bad\"",
    );
    const moved = refusalInSubmission(network, [publicRoutes(), OPEN_DATABASE], engine);
    expect(moved.path).toBe("changes[1].fields.IpPermissions[0].IpRanges[0].CidrIp");
    expect(moved.message).toBe('The changed network is not valid: sg-db is refused at changes[1].fields.IpPermissions[0].IpRanges[0].CidrIp: expected an IPv4 CIDR; found "bad"');
  });

  it("keeps a refusal outside the changed fields as it is", () => {
    const elsewhere = new ChangeRefused("$.Subnets[0].CidrBlock", "Snapshot refused at $.Subnets[0].CidrBlock: x");
    expect(refusalInSubmission(network, [publicRoutes()], elsewhere)).toBe(elsewhere);
    const unchangedField = new ChangeRefused("$.RouteTables[1].Associations[0]", "Snapshot refused at $.RouteTables[1].Associations[0]: x");
    expect(refusalInSubmission(network, [publicRoutes()], unchangedField)).toBe(unchangedField);
    const submissionPath = new ChangeRefused("changes[0].id", "sg-web is not editable in this exercise.");
    expect(refusalInSubmission(network, [publicRoutes()], submissionPath)).toBe(submissionPath);
  });
});
