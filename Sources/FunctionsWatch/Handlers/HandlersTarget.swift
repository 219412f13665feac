/// The target that holds a package's handlers, which watch mode can rebuild alone: when a save
/// touches only its Swift files, the target is compiled into a shared library that a new server
/// process loads at start, with no SwiftPM planning and no relink of the executable.
///
/// ```swift
/// let handlers = HandlersTarget("MyFunctions")   // MyFunctions.registry names the handlers
/// ```
public struct HandlersTarget: Sendable, Equatable {
    /// The target's module name.
    public var module: String
    /// A Swift expression, compiled inside the module, whose value is its `FunctionRegistry`.
    public var registry: String

    /// The target `module`, whose handlers are `registry` (by default `<module>.registry`, the
    /// shape `init` and `port` write).
    public init(_ module: String, registry: String? = nil) {
        self.module = module
        self.registry = registry ?? "\(module).registry"
    }
}
