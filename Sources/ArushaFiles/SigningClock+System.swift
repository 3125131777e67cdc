import ArushaCore
import Foundation

extension SigningClock {
  /// The system's clock and time zone, now.
  public static func system() -> SigningClock {
    SigningClock(
      now: Int64(Date().timeIntervalSince1970),
      utcOffset: { local in
        TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
      })
  }
}
