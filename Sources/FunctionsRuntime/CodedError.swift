/// An error that is a category and a message, as ``FunctionsError`` and the test kit's
/// `FunctionTestError` are.
///
/// Equality compares only the ``code``, so a test matches the category and does not depend on the
/// message's wording; the description is the ``message``, which already names the input at fault.
public protocol CodedError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The type of the category.
    associatedtype Code: ErrorCode
    /// The category.
    var code: Code { get }
    /// What went wrong.
    var message: String { get }
}

extension CodedError {
    /// Compares only ``code``, so matching does not depend on message wording.
    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.code == rhs.code }

    /// The ``message``.
    public var description: String { message }
}
