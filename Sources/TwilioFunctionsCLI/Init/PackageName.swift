import Foundation
import FunctionsPort

/// The names a new Functions package is made of, derived from one package name and checked
/// against Swift's and SwiftPM's rules.
///
/// ```swift
/// let name = try PackageName("my-functions")
/// name.package      // "my-functions": the package, its executable and the command users type
/// name.module       // "MyFunctions": the handlers' module and its registry
/// name.testModule   // "MyFunctionsTests"
/// ```
struct PackageName: Sendable, Equatable {
    /// The package and executable product name.
    let package: String
    /// The handlers' module, in UpperCamelCase.
    let module: String

    /// The test target's name.
    var testModule: String { module + "Tests" }
    /// The executable target's module name, as SwiftPM derives it (`-` becomes `_`).
    var executableModule: String { package.replacingOccurrences(of: "-", with: "_") }

    /// Why a name cannot be used; the message names the rule.
    struct Problem: Error, Equatable {
        let message: String
    }

    /// Checks `name` and derives the module names from it.
    /// - Throws: ``Problem`` naming the rule `name` breaks.
    init(_ name: String) throws(Problem) {
        guard let first = name.unicodeScalars.first, first.isASCIILetter else {
            throw Problem(message: "\"\(name)\" cannot name a package: it must start with an ASCII letter. Pass --name NAME.")
        }
        guard name.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }) else {
            throw Problem(
                message: "\"\(name)\" cannot name a package: use ASCII letters, digits, - and _ only (it becomes a Swift module name). Pass --name NAME."
            )
        }
        guard !Self.keywords.contains(name) else {
            throw Problem(message: "\"\(name)\" is a Swift keyword, so it cannot name a module. Pass --name NAME.")
        }
        let parts = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
        let module = parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        for (candidate, role) in [(module, "handlers' module"), (module + "Tests", "test module"), (name.replacingOccurrences(of: "-", with: "_"), "executable")] {
            guard !Self.keywords.contains(candidate) else {
                throw Problem(message: "\"\(name)\" would name the \(role) \(candidate), a Swift keyword. Pass --name NAME.")
            }
            guard !Self.takenModules.contains(candidate) else {
                throw Problem(
                    message: "\"\(name)\" would name the \(role) \(candidate), which twilio-functions or its dependencies already use. Pass --name NAME."
                )
            }
        }
        self.package = name
        self.module = module
    }

    /// Swift's keywords, and the capitalized words that cannot name a type or module.
    static var keywords: Set<String> { SwiftIdentifier.keywords }

    /// Module names already in the dependency graph of a Functions package, and type names its
    /// generated sources use.
    static let takenModules: Set<String> = [
        "Functions", "FunctionsRuntime", "FunctionsHost", "FunctionsServer", "FunctionsTesting", "FunctionsWatch",
        "TwilioAccessToken", "TwilioAPI", "TwilioEmulator", "TwilioWire", "TwilioFunctionsCLI", "twilio_functions",
        "functions_bench", "http_floor", "Hummingbird", "HummingbirdCore", "HummingbirdTesting", "NIO", "NIOCore",
        "NIOPosix", "NIOHTTP1", "Crypto", "Logging", "ArgumentParser", "GRDB", "Subprocess", "SystemPackage",
        "HTTPTypes", "ServiceLifecycle", "UnixSignals", "Foundation", "Testing", "XCTest", "Swift", "Dispatch",
        "FunctionsJS", "FunctionsPort", "JavaScriptSyntax",
        // Types the generated sources name unqualified, which a module of the same name would hide.
        "FunctionRegistry", "FunctionsTestKit", "FunctionsCommandLine", "FunctionsManifest", "JSModule", "JSModuleTable",
        "JSModuleEntry",
    ]
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
