/// A manifest entry with its handler: what the server runs for one path.
public struct FunctionRoute: Sendable {
    /// The manifest entry.
    public let entry: FunctionsManifest.Entry
    /// The handler the entry names.
    public let handler: FunctionHandler

    /// The URL path.
    public var path: String { entry.path }
    /// Who may call it over HTTP.
    public var visibility: FunctionVisibility { entry.visibility }
}
