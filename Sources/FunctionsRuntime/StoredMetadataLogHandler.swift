import Logging

/// A value-type log handler that keeps its metadata in its `metadata` property, as swift-log
/// expects of a handler copied with each logger. The metadata subscript then only reads and writes
/// that property, so it is written once here for the terminal's handler and the test kit's.
package protocol StoredMetadataLogHandler: LogHandler {}

extension StoredMetadataLogHandler {
    /// The metadata value for `key`, kept in `metadata`.
    package subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
}
