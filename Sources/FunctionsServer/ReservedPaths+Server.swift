import FunctionsRuntime

extension ReservedPaths {
    /// The paths the Functions server answers itself, which no Function or asset may take: the
    /// developer console's.
    ///
    /// ```swift
    /// let project = try FunctionsProject.load(manifestPath: "functions.json", environmentPath: "environment",
    ///                                         registry: Functions.registry, reserved: .server)
    /// ```
    public static let server = ReservedPaths([(prefix: Console.prefix, owner: "the developer console")])
}
