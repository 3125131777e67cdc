import ArushaCore
import ArushaTestSupport
import Foundation
import Testing

/// `arusha sign` and `verify` take improvement plans (issue 27, integrity review finding 2):
/// the same SSHSIG machinery as responses, for the namespace `arusha-plan`, the principal the
/// plan's `administration`; a plan is checked as `validate` checks it before it is signed.
@Suite struct PlanSigningTests {
  /// The workspace of PlanBaselineTrustTests (a plan made from Niger 2024), with a key pair
  /// `niger` and an allowed signers file `allowed` naming Niger.
  func workspace() throws -> URL {
    let folder = try PlanBaselineTrustTests().workspace()
    let keygen = try runArusha(["keygen", "-f", "niger"], directory: folder)
    #expect(keygen.status == 0, "\(keygen.stderr)")
    let key = try String(
      decoding: Data(contentsOf: folder.appendingPathComponent("niger.pub")), as: UTF8.self)
    let words = key.split(separator: " ").prefix(2).joined(separator: " ")
    try Data("Niger \(words)\n".utf8).write(to: folder.appendingPathComponent("allowed"))
    return folder
  }

  @Test func aPlanIsSignedAndVerifiedForItsAdministration() throws {
    let folder = try workspace()
    let sign = try runArusha(["sign", "plans/plan.yaml", "--key", "niger"], directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    #expect(sign.stderr.hasPrefix("arusha: signed plans/plan.yaml: wrote plans/plan.yaml.sig"))
    let verify = try runArusha(
      ["verify", "plans/plan.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(verify.status == 0, "\(verify.stderr)")
    #expect(verify.stdout == "plans/plan.yaml: signed by Niger, for administration 'Niger'\n")
    // A lowered baseline no longer verifies.
    let path = folder.appendingPathComponent("plans/plan.yaml")
    let plan = try String(decoding: Data(contentsOf: path), as: UTF8.self)
    try Data(plan.replacingOccurrences(of: "    beta: 50\n", with: "    beta: 40\n").utf8).write(
      to: path)
    let tampered = try runArusha(
      ["verify", "plans/plan.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(tampered.status == 65)
  }

  @Test func aResponseSignatureNeverPassesAsAPlans() throws {
    let folder = try workspace()
    let sign = try runArusha(
      ["sign", "responses/niger-2024.yaml", "--key", "niger"], directory: folder)
    #expect(sign.status == 0, "\(sign.stderr)")
    // The response's signature beside the plan: made for 'arusha-response', refused for a plan.
    try FileManager.default.copyItem(
      at: folder.appendingPathComponent("responses/niger-2024.yaml.sig"),
      to: folder.appendingPathComponent("plans/plan.yaml.sig"))
    let verify = try runArusha(
      ["verify", "plans/plan.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(verify.status == 65)
    #expect(verify.stderr.contains("arusha-plan"), "\(verify.stderr)")
    // And the response itself still verifies as a response.
    let response = try runArusha(
      ["verify", "responses/niger-2024.yaml", "--allowed-signers", "allowed"], directory: folder)
    #expect(response.status == 0, "\(response.stderr)")
  }

  @Test func aPlanWithErrorsIsNotSigned() throws {
    let folder = try workspace()
    let path = folder.appendingPathComponent("plans/plan.yaml")
    let plan = try String(decoding: Data(contentsOf: path), as: UTF8.self)
    try Data(plan.replacingOccurrences(of: "    beta: 50\n", with: "    beta: 40\n").utf8).write(
      to: path)
    let sign = try runArusha(["sign", "plans/plan.yaml", "--key", "niger"], directory: folder)
    #expect(sign.status == 65)
    #expect(
      sign.stderr.contains("the baseline was edited: factor 'beta' says 40"), "\(sign.stderr)")
    #expect(
      sign.stderr.contains(
        "arusha: plans/plan.yaml: the plan has errors (above); only a plan that 'arusha validate' accepts is signed"
      ))
    #expect(!FileManager.default.fileExists(atPath: path.path + ".sig"))
  }
}
