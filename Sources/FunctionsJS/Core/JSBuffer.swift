/// The bytes of a Node.js `Buffer` (the native value of a `Buffer` object).
public final class JSBuffer {
    /// The bytes.
    public var bytes: [UInt8]

    /// A buffer holding `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }
}

extension JSValue {
    /// A new `Buffer` object holding `bytes`.
    public static func buffer(_ bytes: [UInt8]) -> JSValue {
        let object = JSObject(native: JSBuffer(bytes), className: "Buffer")
        object.defineAccessor("length", enumerable: false) { this in
            .number(Double(this.native(as: JSBuffer.self)?.bytes.count ?? 0))
        }
        return .object(object)
    }
}
