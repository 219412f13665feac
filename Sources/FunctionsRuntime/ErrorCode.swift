/// The category of a ``CodedError``: a name, written as it is.
public protocol ErrorCode: Sendable, Hashable, CustomStringConvertible {
    /// The category's name, e.g. `duplicatePath`.
    var name: String { get }
}

extension ErrorCode {
    /// The ``name``.
    public var description: String { name }
}
