import Foundation
import ZIPFoundation

#if canImport(CZlib)
import CZlib
#endif

/// The parts of a ZIP archive held in memory, looked up by name and inflated within bounds.
///
/// ``WorkbookReader`` reads a workbook's parts through it. Nothing is ever written to disk, so an entry named `../../etc/passwd`
/// is only a name that no workbook part has.
///
/// The central directory is read here rather than through ZIPFoundation's `Archive`, whose
/// sizes and offsets we would then have to trust: `Archive.extract` in ZIPFoundation 0.9.20
/// on Linux keeps asking for input at the end of a truncated deflate stream (a loop without
/// end) and hands zlib a chunk longer than the bytes read. Inflating goes through
/// ZIPFoundation's zlib binding (`Data.decompress`), fed the entry's compressed bytes
/// exactly, padded to whole chunks, and refused as truncated if it asks for more; the consumer
/// counts what comes out and stops at the first byte past a bound, whatever the directory
/// declares.
struct WorkbookZip {
  /// One entry of the central directory.
  struct Entry: Sendable, Hashable {
    /// Its name, as stored.
    var name: String
    /// 0 (stored) or 8 (deflated); anything else is refused when read.
    var method: UInt16
    /// The general purpose flags (bit 0: encrypted).
    var flags: UInt16
    /// The CRC-32 the directory declares.
    var checksum: UInt32
    /// The compressed size the directory declares.
    var compressedSize: Int
    /// The uncompressed size the directory declares (a hint only: what is inflated is counted).
    var declaredSize: Int
    /// Where its local header starts.
    var localHeaderOffset: Int
  }

  /// Why the archive or an entry was refused.
  enum Failure: Error, Sendable, Hashable {
    /// Not a ZIP archive at all, or its directory cannot be read: the detail, lowercase.
    case malformed(String)
    /// More entries than accepted.
    case tooManyEntries(limit: Int)
    /// An entry is encrypted.
    case encrypted(String)
    /// Two entries have this name.
    case duplicate(String)
    /// An entry inflates past a bound: the entry, the bound in bytes, and whether the bound
    /// is the whole archive's.
    case tooLarge(String, limit: Int, total: Bool)
    /// An entry inflates more than `limit` times its compressed size.
    case ratio(String, limit: Int)
    /// An entry's data is damaged: the entry and the detail.
    case damaged(String, String)
  }

  /// The entries, in directory order.
  private(set) var entries: [Entry] = []
  private var byName: [String: Int] = [:]
  private let bytes: [UInt8]
  /// The bytes inflated so far, over every entry read.
  private(set) var inflatedBytes = 0

  /// Reads the central directory of `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: The archive.
  ///   - maximumEntries: The most entries accepted; the directory is not read past it.
  /// - Throws: ``Failure``.
  init(_ bytes: [UInt8], maximumEntries: Int) throws(Failure) {
    self.bytes = bytes
    // The end of central directory record: 22 bytes and a comment of up to 65,535.
    let lowest = max(0, bytes.count - 22 - 65_535)
    var end = -1
    var index = bytes.count - 22
    while index >= lowest {
      if bytes[index] == 0x50, bytes[index + 1] == 0x4B, bytes[index + 2] == 0x05,
        bytes[index + 3] == 0x06
      {
        end = index
        break
      }
      index -= 1
    }
    guard end >= 0 else {
      throw .malformed(
        "it has no ZIP central directory (the file is truncated or not a ZIP archive)")
    }
    let count = Int(Self.u16(bytes, end + 10))
    let directorySize = Int(Self.u32(bytes, end + 12))
    let directoryOffset = Int(Self.u32(bytes, end + 16))
    // 0xFFFF entries means "see the ZIP64 record": more than any bound arusha sets.
    if count == 0xFFFF, maximumEntries < 0xFFFF { throw .tooManyEntries(limit: maximumEntries) }
    if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
      throw .malformed("it is a ZIP64 archive, which a workbook of a form never needs")
    }
    guard count <= maximumEntries else { throw .tooManyEntries(limit: maximumEntries) }
    guard directoryOffset + directorySize <= end else {
      throw .malformed("its ZIP central directory lies outside the file (the file is truncated)")
    }
    var offset = directoryOffset
    for _ in 0..<count {
      guard offset + 46 <= end, Self.u32(bytes, offset) == 0x0201_4B50 else {
        throw .malformed("its ZIP central directory is damaged")
      }
      let nameLength = Int(Self.u16(bytes, offset + 28))
      let extraLength = Int(Self.u16(bytes, offset + 30))
      let commentLength = Int(Self.u16(bytes, offset + 32))
      let nameEnd = offset + 46 + nameLength
      guard nameEnd + extraLength + commentLength <= end else {
        throw .malformed("its ZIP central directory is damaged")
      }
      let entry = Entry(
        name: String(decoding: bytes[(offset + 46)..<nameEnd], as: UTF8.self),
        method: Self.u16(bytes, offset + 10),
        flags: Self.u16(bytes, offset + 8),
        checksum: Self.u32(bytes, offset + 16),
        compressedSize: Int(Self.u32(bytes, offset + 20)),
        declaredSize: Int(Self.u32(bytes, offset + 24)),
        localHeaderOffset: Int(Self.u32(bytes, offset + 42)))
      if entry.compressedSize == 0xFFFF_FFFF || entry.declaredSize == 0xFFFF_FFFF
        || entry.localHeaderOffset == 0xFFFF_FFFF
      {
        throw .malformed("it is a ZIP64 archive, which a workbook of a form never needs")
      }
      // Part names are compared without regard to case (ECMA-376 part 2, 6.2.2.3); two
      // entries of one name are refused, since readers differ on which one they take.
      let folded = entry.name.lowercased()
      guard byName[folded] == nil else { throw .duplicate(entry.name) }
      byName[folded] = entries.count
      entries.append(entry)
      offset = nameEnd + extraLength + commentLength
    }
  }

  /// The entry named `name` (without regard to case), if any.
  func entry(_ name: String) -> Entry? {
    byName[name.lowercased()].map { entries[$0] }
  }

  /// The inflated bytes of `entry`.
  ///
  /// - Parameters:
  ///   - entry: The entry.
  ///   - limit: The most bytes accepted for this entry.
  ///   - totalLimit: The most bytes accepted for all entries read, this one included.
  ///   - ratio: The most bytes accepted per compressed byte (after the first MiB).
  /// - Returns: The entry's bytes, their CRC-32 checked.
  /// - Throws: ``Failure``.
  mutating func read(_ entry: Entry, limit: Int, totalLimit: Int, ratio: Int) throws(Failure)
    -> [UInt8]
  {
    if entry.flags & 1 != 0 { throw .encrypted(entry.name) }
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count, Self.u32(bytes, header) == 0x0403_4B50 else {
      throw .damaged(entry.name, "its local header is missing")
    }
    let nameLength = Int(Self.u16(bytes, header + 26))
    let localName = (header + 30)..<min(bytes.count, header + 30 + nameLength)
    // The local header must name the entry the directory names (readers differ on which
    // of the two they believe).
    guard bytes[localName].elementsEqual(entry.name.utf8) else {
      throw .damaged(entry.name, "its local header names another entry")
    }
    let dataStart = header + 30 + nameLength + Int(Self.u16(bytes, header + 28))
    guard dataStart + entry.compressedSize <= bytes.count else {
      throw .damaged(entry.name, "its data runs past the end of the file (truncated)")
    }
    let compressed = bytes[dataStart..<(dataStart + entry.compressedSize)]
    // The bound that is reached first: this part's, or what is left of the whole archive's.
    let left = totalLimit - inflatedBytes
    let bound: Failure =
      limit <= left
      ? .tooLarge(entry.name, limit: limit, total: false)
      : .tooLarge(entry.name, limit: totalLimit, total: true)
    let most = min(limit, left)
    let output: [UInt8]
    switch entry.method {
    case 0:
      guard compressed.count <= most else { throw bound }
      output = Array(compressed)
    case 8:
      let (product, overflow) = entry.compressedSize.multipliedReportingOverflow(by: ratio)
      output = try inflate(
        compressed, entry: entry, most: most, bound: bound,
        ratioLimit: overflow ? Int.max : max(1 << 20, product), ratio: ratio)
    default:
      throw .damaged(
        entry.name, "it uses ZIP compression method \(entry.method); only deflate is read")
    }
    inflatedBytes += output.count
    guard Self.crc32(output) == entry.checksum else {
      throw .damaged(entry.name, "its CRC-32 does not match its contents")
    }
    return output
  }

  private func inflate(
    _ compressed: ArraySlice<UInt8>, entry: Entry, most: Int, bound: Failure, ratioLimit: Int,
    ratio: Int
  ) throws(Failure) -> [UInt8] {
    let chunk = 1 << 16
    var output: [UInt8] = []
    var given = compressed.startIndex
    var exhausted = false
    var failure: Failure?
    do {
      _ = try Data.decompress(
        size: Int64(compressed.count), bufferSize: chunk, skipCRC32: true,
        provider: { _, _ in
          // Whole chunks only (ZIPFoundation tells zlib a chunk is `bufferSize` long), and
          // never a request past the end: a stream that wants more is truncated.
          guard !exhausted else {
            failure = .damaged(entry.name, "its deflate stream is truncated")
            throw CocoaError(.fileReadCorruptFile)
          }
          let end = min(compressed.endIndex, given + chunk)
          var data = Data(compressed[given..<end])
          given = end
          if data.count < chunk {
            data.append(Data(count: chunk - data.count))
          }
          if given == compressed.endIndex { exhausted = true }
          return data
        },
        consumer: { data in
          if output.count + data.count > most {
            failure = bound
            throw CocoaError(.fileReadTooLarge)
          }
          if output.count + data.count > ratioLimit {
            failure = .ratio(entry.name, limit: ratio)
            throw CocoaError(.fileReadTooLarge)
          }
          output.append(contentsOf: data)
        })
    } catch {
      throw failure ?? .damaged(entry.name, "its deflate stream is damaged")
    }
    return output
  }

  /// The CRC-32 of `bytes`: zlib's where ZIPFoundation binds it as `CZlib` (Linux), else
  /// ZIPFoundation's own.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    #if canImport(CZlib)
    return bytes.withUnsafeBufferPointer { buffer in
      UInt32(CZlib.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
    }
    #else
    return Data(bytes).crc32(checksum: 0)
    #endif
  }

  static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
