import Foundation
import Functions
import Testing
import TwilioFunctionsCLI

/// A fresh folder under the system's temporary directory, removed when the value goes away.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("twilio-functions-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `contents` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file.path
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Fake credentials of the right shape; none is real.
enum Fake {
    static let accountSid = "AC" + "0123456789abcdef0123456789abcdef"
    static let apiKey = "SK" + "fedcba9876543210fedcba9876543210"
    static let apiSecret = "fake-api-secret-Zq7Xw9Lm4Np2"
    static let syncServiceSid = "IS" + "00112233445566778899aabbccddeeff"
    static let authToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90"

    static let environmentText = """
        ACCOUNT_SID=\(accountSid)
        API_KEY=\(apiKey)
        API_SECRET=\(apiSecret)
        SYNC_SERVICE_SID=\(syncServiceSid)
        AUTH_TOKEN=\(authToken)
        """

    static let manifestText = """
        {
          "functions": [
            { "path": "/hello", "handler": "hello" },
            { "path": "/echo", "handler": "echo" },
            { "path": "/token", "handler": "token" }
          ]
        }
        """
}

/// Runs each test of a suite as `twilio-functions`' own main does: with this package's handlers as
/// the command line's registry.
struct ShippedCommandLine: SuiteTrait, TestTrait, TestScoping {
    var isRecursive: Bool { true }

    func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        try await FunctionsCommandLine(name: "twilio-functions", registry: Functions.registry).withCurrent {
            try await function()
        }
    }
}

extension Trait where Self == ShippedCommandLine {
    /// The shipped command line: `twilio-functions` over `Functions.registry`.
    static var shippedCommandLine: Self { ShippedCommandLine() }
}
