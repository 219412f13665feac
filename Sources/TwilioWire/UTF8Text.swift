/// Text from UTF-8 bytes, validated.
public enum UTF8Text {
    /// The string these bytes spell, or `nil` when they are not valid UTF-8.
    ///
    /// ASCII, by far the common case in URLs, keys and tokens, needs no validation and skips the
    /// generic validating initializer, whose per-call metadata lookup shows up on every request.
    @inlinable
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var combined: UInt8 = 0
        for byte in bytes { combined |= byte }
        if combined < 0x80 { return String(decoding: bytes, as: UTF8.self) }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The string these bytes spell, or `nil` when they are not valid UTF-8.
    @inlinable
    public static func string(_ bytes: some Collection<UInt8>) -> String? {
        bytes.withContiguousStorageIfAvailable { string($0) } ?? Array(bytes).withUnsafeBufferPointer { string($0) }
    }
}
