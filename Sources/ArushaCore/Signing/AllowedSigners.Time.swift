extension AllowedSigners {
  /// A `valid-after` or `valid-before` time: `YYYYMMDD` or `YYYYMMDDHHMM[SS]`, in the local
  /// time zone, or in UTC with a `Z` (or `UTC`) suffix (ssh-keygen(1)).
  public struct Time: Sendable, Hashable {
    /// The value as written.
    public var text: String
    /// The year, month (1–12), day (1–31), hour, minute and second it names.
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Whether it is UTC (`Z`), else local time.
    public var utc: Bool

    /// Reads a time, or nil when `text` is not one (a wrong length, a non-digit, a month 13,
    /// February 30…).
    public init?(_ text: String) {
      var digits = Substring(text)
      var utc = false
      if digits.count > 1, digits.uppercased().hasSuffix("Z") {
        utc = true
        digits = digits.dropLast()
      } else if digits.count > 3, digits.uppercased().hasSuffix("UTC") {
        utc = true
        digits = digits.dropLast(3)
      }
      guard [8, 12, 14].contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber })
      else { return nil }
      let numbers = Array(digits).map { Int(String($0)) ?? 0 }
      func number(_ start: Int, _ count: Int) -> Int {
        numbers[start..<start + count].reduce(0) { $0 * 10 + $1 }
      }
      let (year, month, day) = (number(0, 4), number(4, 2), number(6, 2))
      let hour = digits.count >= 12 ? number(8, 2) : 0
      let minute = digits.count >= 12 ? number(10, 2) : 0
      let second = digits.count == 14 ? number(12, 2) : 0
      guard (1...12).contains(month), day >= 1, day <= Self.days(in: month, of: year),
        hour < 24, minute < 60, second <= 60
      else { return nil }
      (self.text, self.utc) = (text, utc)
      (self.year, self.month, self.day) = (year, month, day)
      (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    /// Seconds since 1970-01-01T00:00:00Z, a local time read with the clock's time zone.
    public func seconds(_ clock: SigningClock) -> Int64 {
      let civil =
        Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400
        + Int64(hour * 3600 + minute * 60 + second)
      return utc ? civil : civil - Int64(clock.utcOffset(civil))
    }

    private static func days(in month: Int, of year: Int) -> Int {
      switch month {
      case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
      case 4, 6, 9, 11: return 30
      default: return 31
      }
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
      let y = month <= 2 ? year - 1 : year
      let era = (y >= 0 ? y : y - 399) / 400
      let yearOfEra = y - era * 400
      let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      return Int64(era * 146_097 + dayOfEra - 719_468)
    }
  }
}
