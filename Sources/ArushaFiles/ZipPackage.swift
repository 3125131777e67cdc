import ArushaCore
import Foundation
import ZIPFoundation

/// A ZIP archive built in memory from named parts, such as the parts of an Excel workbook.
///
/// It is written whole before anything reaches the destination: the caller hands the bytes to
/// ``OutputFile``, which writes a temporary file and renames it, so no half archive is ever
/// left where the report was asked for. Every entry is deflated and dated 1 January 2000
/// 00:00, so the same report makes the same bytes.
public enum ZipPackage {
  /// The date of every entry, fixed so that the archive depends on its contents only.
  static let entryDate = Date(timeIntervalSince1970: 946_684_800)

  /// The archive of `entries`, in their order.
  ///
  /// - Parameters:
  ///   - entries: Each entry's path inside the archive and its bytes.
  ///   - path: The file the archive is for, as an error names it (``UserPath/shown``).
  /// - Returns: The archive's bytes.
  /// - Throws: ``FileError`` of kind `writeFailed` when the ZIP library refuses an entry.
  public static func archive(_ entries: [(path: String, bytes: [UInt8])], for path: String)
    throws(FileError) -> [UInt8]
  {
    do {
      let archive = try Archive(accessMode: .create)
      for entry in entries {
        let data = Data(entry.bytes)
        try archive.addEntry(
          with: entry.path, type: .file, uncompressedSize: Int64(data.count),
          modificationDate: entryDate, compressionMethod: .deflate
        ) { position, size in
          data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
      }
      guard let data = archive.data else {
        throw FileError(.writeFailed, path: path, reason: "the ZIP archive has no data")
      }
      return [UInt8](data)
    } catch let error as FileError {
      throw error
    } catch {
      throw FileError(.writeFailed, path: path, reason: "cannot make the ZIP archive: \(error)")
    }
  }
}
