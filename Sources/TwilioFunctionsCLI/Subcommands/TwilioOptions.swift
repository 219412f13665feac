import ArgumentParser
import FunctionsHost
import FunctionsRuntime
import TwilioAPI
import TwilioEmulator

/// Where handlers' Twilio clients go: the local emulator (default) or Twilio itself.
enum TwilioMode: String, ExpressibleByArgument, CaseIterable {
    case emulated
    case live
}

/// The options of `serve` that set up the emulated (or live) Twilio services.
struct TwilioOptions: ParsableArguments {
    @Option(help: "emulated: handlers talk to local Sync, Media, Verify and Lookups services (no account needed); live: to Twilio with the environment's credentials.")
    var twilio: TwilioMode = .emulated

    @Option(help: "The port of the emulated Twilio REST API, for SDKs and curl; 0 picks a free port.")
    var apiPort = 3001

    @OptionGroup var data: EmulatorDataOptions

    @Option(
        name: .customLong("twilio-url"),
        help: "Send the handlers' Twilio requests to the emulated API already served at this URL (e.g. another server's http://127.0.0.1:3001) instead of starting one."
    )
    var twilioURL: String?

    @Option(
        name: .customLong("verify-code"),
        help: "The code every emulated verification gets (4 to 10 digits), instead of a random one: for demos and end-to-end tests."
    )
    var verifyCode: String?

    func validate() throws {
        if let verifyCode, let problem = TwilioEmulator.verificationCodeProblem(verifyCode) {
            throw ValidationError("--verify-code: \(problem).")
        }
        guard (0...65_535).contains(apiPort) else {
            throw ValidationError("--api-port \(apiPort) is not a port number; use 0...65535.")
        }
        if let twilioURL, !(twilioURL.hasPrefix("http://") || twilioURL.hasPrefix("https://")) {
            throw ValidationError("--twilio-url \(twilioURL) must start with http:// or https://.")
        }
    }

    /// The backend these options describe, with the emulator's database opened and seeded.
    /// - Parameters:
    ///   - serving: Whether this process serves the database (and so locks it), as `serve` does.
    ///   - importPath: An export file whose data replaces the database's first (`serve --import`).
    /// - Returns: the backend and a line describing it for the start-up banner.
    func makeBackend(
        environment: EnvironmentFile,
        host: String,
        serving: Bool,
        importPath: String? = nil
    ) throws -> (TwilioBackend, String) {
        if let twilioURL {
            let connection = TwilioConnection(endpoints: .local(baseURL: twilioURL), transport: HTTPClientTransport())
            return (.connection(connection), "Twilio: the emulated API at \(twilioURL)")
        }
        switch twilio {
        case .live:
            return (.twilio, "Twilio: live (requests go to Twilio with the credentials in \(environment.path))")
        case .emulated:
            _ = try environment.emulatorAccountSid()
            var setup = data.setup(environment: environment, serving: serving)
            setup.importPath = importPath
            setup.verificationCode = verifyCode
            setup.publicBaseURLs = .local("http://\(host.contains(":") ? "[\(host)]" : host):\(apiPort)")
            do {
                let (emulator, note) = try setup.makeEmulator()
                return (.emulated(emulator), note)
            } catch {
                throw fail(error.message)
            }
        }
    }

    /// After the environment file changed: the emulator accepts its new credentials, so handlers'
    /// clients (which use them from the next request on) are not refused. Resources keep the
    /// account that created them.
    static func update(_ emulator: TwilioEmulator?, from environment: EnvironmentFile) {
        guard let emulator, let accountSid = environment["ACCOUNT_SID"], !accountSid.isEmpty else { return }
        emulator.replaceCredentials(with: EmulatorCredentials(environment: { environment[$0] }))
    }
}
