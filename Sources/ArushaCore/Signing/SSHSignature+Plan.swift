extension SSHSignature {
  /// The SSHSIG namespace of an improvement plan's signature (issue 27, integrity review
  /// finding 2: "plans signable"): `arusha-plan`, never `arusha-response`.
  ///
  /// A namespace of its own, so that a signature made for a response never verifies as a
  /// plan's and the reverse (SSHSIG signs the namespace with the bytes), and so that an allowed
  /// signers line can allow a key for one kind only (`namespaces="arusha-plan"`), as
  /// `ssh-keygen -Y sign -n arusha-plan` and `-Y verify -n arusha-plan` do.
  public static let planNamespace = "arusha-plan"
}
