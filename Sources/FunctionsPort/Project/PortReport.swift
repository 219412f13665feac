import FunctionsRuntime

/// What `port` did: per Function its route, visibility, translated lines and TODOs, the Twilio
/// APIs it calls and whether the emulator serves them; the assets, the environment, the npm
/// dependencies with no counterpart, and totals. ``markdown`` is `PORTING.md`; ``summary(reportPath:)``
/// is what the command prints.
///
/// ```swift
/// let report = PortReport(project: project, package: "voice-ivr", functions: functions, environment: environment)
/// print(report.summary(reportPath: "voice-ivr/PORTING.md"))
/// // /voice-ivr          protected  12 translated, 0 TODO
/// // ...
/// ```
public struct PortReport: Sendable {
    /// The npm packages the ported package has a counterpart for: FunctionsJS answers
    /// `require('twilio')`, and the runtime handler is what runs the Functions.
    public static let packagesWithCounterpart: Set<String> = ["twilio", "@twilio/runtime-handler"]

    /// The project ported.
    public let project: ServerlessProject
    /// The package's name.
    public let package: String
    /// The Functions.
    public let functions: [PortedFunction]
    /// The environment written.
    public let environment: PortEnvironment

    /// A report of this port.
    public init(project: ServerlessProject, package: String, functions: [PortedFunction], environment: PortEnvironment) {
        self.project = project
        self.package = package
        self.functions = functions
        self.environment = environment
    }

    /// The Functions with every line translated.
    public var fullyTranslated: Int { functions.count { $0.isFullyTranslated } }
    /// The lines translated, over every Function.
    public var translatedLines: Int { functions.reduce(0) { $0 + $1.module.translatedLines } }
    /// The lines left as TODO, over every Function.
    public var todoLines: Int { functions.reduce(0) { $0 + $1.module.todos.count } }
    /// The Functions that did not parse.
    public var syntaxErrors: [String] { functions.compactMap(\.syntaxErrorLine) }

    /// Every Twilio API called, once, in the order of first use.
    public var twilioAPIs: [String] {
        var seen: Set<String> = []
        return functions.flatMap(\.module.twilioAPIs).filter { seen.insert($0).inserted }
    }

    /// The dependencies of `package.json` with no counterpart in the ported package.
    public var dependenciesWithoutCounterpart: [ServerlessProject.Dependency] {
        project.dependencies.filter { !Self.packagesWithCounterpart.contains($0.name) }
    }

    /// The npm modules Functions `require` with no counterpart, each once, in order of first use.
    public var requiredModulesWithoutCounterpart: [String] {
        var seen: Set<String> = []
        return functions.flatMap(\.module.npmModules).filter { !Self.packagesWithCounterpart.contains($0) && seen.insert($0).inserted }
    }

    /// The lines the command prints: a line per Function (route, visibility, translated, TODO),
    /// each syntax error, the totals, and where the report is.
    public func summary(reportPath: String) -> String {
        let width = functions.map(\.route.path.count).max() ?? 0
        var lines = ["Ported \(count(functions.count, "Function")) (\(fullyTranslated) fully translated) into the package \(package):"]
        for function in functions {
            let route = function.route
            let padded = route.path + String(repeating: " ", count: width - route.path.count)
            let visibility = route.visibility.rawValue + String(repeating: " ", count: 9 - route.visibility.rawValue.count)
            lines.append("  \(padded)  \(visibility)  \(function.module.translatedLines) translated, \(function.module.todos.count) TODO")
            if let syntaxError = function.syntaxErrorLine { lines.append("    \(syntaxError) (answers 501)") }
        }
        lines.append(totalsLine)
        if !environment.credentials.isEmpty {
            lines.append("Credentials kept out of environment, in environment.local: \(environment.credentials.joined(separator: ", ")).")
        }
        lines.append("Report: \(reportPath)")
        return lines.joined(separator: "\n")
    }

    /// The totals in one line.
    var totalsLine: String {
        let apis = twilioAPIs
        let served = apis.count { TwilioAPICoverage.isServed($0) }
        let missing = Array(Set(dependenciesWithoutCounterpart.map(\.name) + requiredModulesWithoutCounterpart)).sorted()
        return "Totals: \(count(translatedLines, "line")) translated, \(todoLines) TODO; "
            + "\(count(apis.count, "Twilio API")) (\(served) served by the emulator); "
            + "\(count(project.assets.count, "asset")); "
            + "npm packages without a counterpart: \(missing.isEmpty ? "none" : missing.joined(separator: ", "))."
    }

    func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
