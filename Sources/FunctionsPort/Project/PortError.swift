/// Why a project cannot be ported; nothing is written then. The message names the file (and
/// the line, when there is one) and what to do.
///
/// ```swift
/// do {
///     _ = try ServerlessProject.load(from: "my-project")
/// } catch {
///     print(error.message)   // "my-project has no functions/ folder, so it is not a Twilio Serverless project. ..."
/// }
/// ```
public struct PortError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The one-line explanation.
    public let message: String

    /// Creates an error with this message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
