import FunctionsRuntime
import TwilioAPI
import TwilioEmulator
import TwilioWire

/// What the handlers' Twilio clients talk to.
public struct TwilioBackend: Sendable {
    enum Kind: Sendable {
        case emulated(TwilioEmulator)
        case twilio
        case custom(TwilioConnection)
    }

    let kind: Kind

    /// The local emulator: handlers reach it in process, and ``runServer(project:configuration:twilio:logger:onServerRunning:onAPIServerRunning:)``
    /// also serves it on the API port.
    public static func emulated(_ emulator: TwilioEmulator) -> TwilioBackend {
        TwilioBackend(kind: .emulated(emulator))
    }

    /// Twilio's real API, with the environment's credentials.
    public static let twilio = TwilioBackend(kind: .twilio)

    /// Any connection, such as a recording transport in tests.
    public static func connection(_ connection: TwilioConnection) -> TwilioBackend {
        TwilioBackend(kind: .custom(connection))
    }

    /// The connection handlers' clients use (the emulator in process, Twilio, or the one given).
    public var connection: TwilioConnection {
        switch kind {
        case .emulated(let emulator): return TwilioConnection(endpoints: .twilio, transport: EmulatorTransport(emulator))
        case .twilio: return .twilio
        case .custom(let connection): return connection
        }
    }

    /// Whether handlers talk to Twilio itself (rather than an emulator or a test connection).
    var isTwilio: Bool {
        if case .twilio = kind { return true }
        return false
    }

    /// The emulator to serve on the API port, if any.
    public var emulator: TwilioEmulator? {
        if case .emulated(let emulator) = kind { return emulator }
        return nil
    }
}
