/// The time that a verification happens at, and how the local time zone reads a time: what
/// the `valid-after` and `valid-before` options of allowed signers are compared with.
///
/// Injected, as every clock in arusha is (swift-style.md, "No hidden globals"): the files
/// layer makes the system's, tests make fixed ones.
public struct SigningClock: Sendable {
  /// Now, in seconds since 1970-01-01T00:00:00Z.
  public var now: Int64
  /// The local time zone's offset from UTC in seconds (east positive), for a local time given
  /// as if it were UTC seconds since 1970.
  public var utcOffset: @Sendable (Int64) -> Int

  /// A clock at `now`, reading local times with `utcOffset`.
  public init(now: Int64, utcOffset: @escaping @Sendable (Int64) -> Int) {
    self.now = now
    self.utcOffset = utcOffset
  }

  /// A clock at `now` whose local time is UTC.
  public static func utc(_ now: Int64) -> SigningClock {
    SigningClock(now: now, utcOffset: { _ in 0 })
  }
}
