/// One file of a ported package: its path inside the package and its exact bytes (assets are
/// copied byte for byte, so they are not text).
///
/// ```swift
/// let file = PortFile(path: "functions.json", text: "{ \"functions\": [] }\n")
/// file.text   // the same text back
/// ```
public struct PortFile: Sendable, Equatable {
    /// The path inside the package folder, e.g. `Sources/VoiceIvr/VoiceIvr.swift`.
    public var path: String
    /// The contents.
    public var bytes: [UInt8]

    /// A file of these bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// A UTF-8 text file.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// The contents read as UTF-8 (for text files).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
