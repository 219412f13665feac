import ArgumentParser
import FunctionsServer
import Testing
@testable import TwilioFunctionsCLI

/// `serve`'s limit flags: each has the configuration's safe default, reaches the configuration,
/// and is refused with a message naming it when out of range.
@Suite("serve limit options", .shippedCommandLine)
struct ServeLimitOptionsTests {
    typealias Serve = TwilioFunctionsCommand.Serve

    @Test("without flags every limit is the configuration's default")
    func defaults() throws {
        let configuration = try Serve.parse([]).serverConfiguration
        let defaults = ServerConfiguration()
        #expect(configuration.maxBodySize == defaults.maxBodySize)
        #expect(configuration.maxHeaderSize == defaults.maxHeaderSize)
        #expect(configuration.headerTimeout == defaults.headerTimeout)
        #expect(configuration.maxConnections == defaults.maxConnections)
        #expect(defaults.maxBodySize == 6 * 1024 * 1024)
        #expect(defaults.maxHeaderSize == 32 * 1024)
        #expect(defaults.headerTimeout == .seconds(30))
        #expect(defaults.maxConnections == 512)
    }

    @Test("each flag reaches the server configuration")
    func flags() throws {
        let configuration = try Serve.parse([
            "--max-body-size", "2048", "--max-header-size", "4096", "--header-timeout", "0.5", "--max-connections", "8",
            "--timeout", "3",
        ]).serverConfiguration
        #expect(configuration.maxBodySize == 2048)
        #expect(configuration.maxHeaderSize == 4096)
        #expect(configuration.headerTimeout == .milliseconds(500))
        #expect(configuration.maxConnections == 8)
        #expect(configuration.timeout == .seconds(3))
    }

    static let refused: [(arguments: [String], flag: String)] = [
        (["--max-body-size", "0"], "--max-body-size"),
        (["--max-body-size", "2000000000"], "--max-body-size"),
        (["--max-header-size", "100"], "--max-header-size"),
        (["--max-header-size", "2000000"], "--max-header-size"),
        (["--header-timeout", "0"], "--header-timeout"),
        (["--header-timeout", "-1"], "--header-timeout"),
        (["--header-timeout", "7200"], "--header-timeout"),
        (["--max-connections", "0"], "--max-connections"),
        (["--max-connections", "1000000"], "--max-connections"),
    ]

    @Test("an out-of-range limit is refused with a message naming its flag", arguments: refused)
    func outOfRange(arguments: [String], flag: String) {
        let joined = arguments.joined(separator: "=")
        do {
            _ = try Serve.parse([joined])
            Issue.record("\(joined) was accepted")
        } catch {
            let message = Serve.message(for: error)
            #expect(message.contains(flag), "\(message)")
        }
    }

    @Test("a limit that is not a number is refused, naming the flag")
    func notANumber() {
        for flag in ["--max-body-size", "--max-header-size", "--header-timeout", "--max-connections"] {
            do {
                _ = try Serve.parse([flag, "lots"])
                Issue.record("\(flag) lots was accepted")
            } catch {
                #expect(Serve.message(for: error).contains(flag), "\(Serve.message(for: error))")
            }
        }
    }
}
