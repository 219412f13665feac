/// How the `try` and `catch` blocks of a `try…finally` were left other than at their end or by a throw: the
/// Swift variables that note a `return`, `break` or `continue`, and the label of the `do` they leave, each made
/// when first needed.
///
/// ```swift
/// var returned: JSValue? = nil
/// attempt: do {
///     returned = try await callback(nil, result)
///     break attempt
/// }
/// do { /* finally */ }
/// if let returned { return returned }
/// ```
final class FinallyExit {
    /// The label of the `do` around the `try` and `catch` blocks.
    var label: String?
    /// The `JSValue?` holding the value of a `return`.
    var returned: String?
    /// The `Bool` noting a `break`.
    var breaking: String?
    /// The `Bool` noting a `continue`.
    var continuing: String?

    /// The `var` declarations of the variables that were used.
    var declarations: [String] {
        (returned.map { ["var \($0): JSValue? = nil"] } ?? []) + (breaking.map { ["var \($0) = false"] } ?? [])
            + (continuing.map { ["var \($0) = false"] } ?? [])
    }
}
