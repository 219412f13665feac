import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the server could not start or serve, in one line a person can act on.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The category of a ``ServerError``.
    public struct Code: Sendable, Hashable {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// The port is taken by another process.
        public static let addressInUse = Code("addressInUse")
        /// The address cannot be bound (unknown host, no permission).
        public static let cannotBind = Code("cannotBind")
        /// The server stopped with another error.
        public static let failed = Code("failed")
    }

    /// The category.
    public let code: Code
    /// What happened and what to do.
    public let message: String

    /// Describes an error thrown while running a server configured with `configuration`.
    public init(running error: any Error, configuration: ServerConfiguration) {
        self.init(running: error, host: configuration.host, port: configuration.port)
    }

    /// Describes an error thrown while running a server on `host`:`port`.
    public init(running error: any Error, host: String, port: Int) {
        if let error = error as? ServerError {
            self = error
            return
        }
        let address = "\(host):\(port)"
        if let ioError = error as? IOError, ioError.errnoCode == EADDRINUSE {
            code = .addressInUse
            message = "\(address) is already in use. Stop the other server, or pass --port N (--port 0 picks a free port)."
        } else if let ioError = error as? IOError, ioError.errnoCode == EACCES {
            code = .cannotBind
            message = "no permission to listen on \(address). Use a port above 1023."
        } else if let ioError = error as? IOError, ioError.errnoCode == EADDRNOTAVAIL {
            code = .cannotBind
            message = "cannot listen on \(address): \(host) is not an address of this machine. Use 127.0.0.1, ::1 or a local interface's address."
        } else if error is SocketAddressError || error is SocketAddressError.UnknownHost {
            code = .cannotBind
            message = "cannot listen on \(address): \(host) is not a known address. Use 127.0.0.1, ::1 or a local interface's address."
        } else {
            code = .failed
            message = "the server stopped: \(error)"
        }
    }

    public static func == (lhs: ServerError, rhs: ServerError) -> Bool { lhs.code == rhs.code }

    public var description: String { message }
}
