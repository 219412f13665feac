import Foundation
import FunctionsRuntime

extension PortReport {
    /// `PORTING.md`.
    public var markdown: String {
        var text = """
            # Porting report: \(package)

            Ported from `\(project.root)` by `twilio-functions port`. Each Function was translated line by line into Swift
            on FunctionsJS; a line that could not be is a `TODO(port)` comment in its Swift file, and the Function answers
            501 naming that line until it is ported by hand.

            ## Functions

            | Route | Visibility | JavaScript | Swift | Translated lines | TODO |
            | --- | --- | --- | --- | --- | --- |

            """
        for function in functions {
            let route = function.route
            text += "| \(code(route.path)) | \(route.visibility.rawValue) | \(code(route.file)) | \(code(route.swiftName)) "
                + "| \(function.module.translatedLines) | \(function.module.todos.count) |\n"
        }
        if functions.isEmpty { text += "| (none) | | | | | |\n" }
        for function in functions { text += "\n" + section(function) }
        text += "\n" + assetsSection + "\n" + environmentSection + "\n" + dependenciesSection + "\n" + totalsSection
        if !project.skipped.isEmpty {
            text += "\n## Not ported\n\n" + project.skipped.map { "- \($0)\n" }.joined()
        }
        return text
    }

    private func section(_ function: PortedFunction) -> String {
        let route = function.route
        let module = function.module
        var text = "### \(route.path)\n\n"
        text += "`\(route.file)` → `\(route.fileName)` (`\(route.swiftName)`), \(route.visibility.rawValue); "
        text += "\(count(module.translatedLines, "line")) translated, \(module.todos.count) TODO.\n"
        if let syntaxError = function.syntaxErrorLine {
            text += "\n**Syntax error:** \(inline(syntaxError)). The file did not parse, so the Function answers 501; fix the JavaScript "
                + "and port again, or write the Swift by hand.\n"
        } else if function.hasNoSource {
            text += "\nNo Swift was made of this file, so the Function answers 501 until it is ported by hand.\n"
        }
        if !module.todos.isEmpty {
            text += "\nLeft to port by hand:\n\n"
            text += module.todos.map { "- line \($0.line): \(inline($0.text)) — \($0.reason)\n" }.joined()
        }
        if !module.twilioAPIs.isEmpty {
            text += "\n| Twilio API | Local emulator |\n| --- | --- |\n"
            text += module.twilioAPIs.map { "| \(code($0)) | \(TwilioAPICoverage.isServed($0) ? "served" : "not served: needs a Twilio account") |\n" }
                .joined()
        }
        let missing = module.npmModules.filter { !Self.packagesWithCounterpart.contains($0) }
        if !missing.isEmpty {
            text += "\nRequires npm modules with no counterpart (each `require` of one is a TODO line that answers 501): \(missing.map(inline).joined(separator: ", ")).\n"
        }
        return text
    }

    private var assetsSection: String {
        var text = "## Assets\n\n"
        guard !project.assets.isEmpty else { return text + "None.\n" }
        text += "Copied byte for byte into `assets/`, served at the same paths:\n\n| Path | Visibility | File |\n| --- | --- | --- |\n"
        text += project.assets.map { "| \(code($0.path)) | \($0.visibility.rawValue) | \(code($0.file)) |\n" }.joined()
        return text
    }

    private var environmentSection: String {
        var text = "## Environment\n\n"
        let keys = project.environment.entries.map(\.key)
        text += keys.isEmpty
            ? "`.env` sets no key.\n"
            : "`environment` has every key of `.env`, in order, with its description: \(keys.map(code).joined(separator: ", ")).\n"
        if !environment.placeholders.isEmpty {
            text += "\nPlaceholders for the keys Twilio gives every Function: \(environment.placeholders.map(code).joined(separator: ", ")).\n"
        }
        if !environment.credentials.isEmpty {
            text += "\nCredentials, kept out of `environment` (committed) and written to `environment.local` (git ignores it): "
                + "\(environment.credentials.map(code).joined(separator: ", ")). Serve with `--env-file environment.local`.\n"
        }
        if !environment.unsetRequired.isEmpty {
            text += "\nRequired but empty in `.env` (`check` warns until they are set): \(environment.unsetRequired.map(code).joined(separator: ", ")).\n"
        }
        return text
    }

    private var dependenciesSection: String {
        var text = "## npm dependencies\n\nFrom `package.json` (not copied into the package):\n\n"
        guard !project.dependencies.isEmpty else { return text + "None.\n" }
        text += "| Package | Version | Counterpart |\n| --- | --- | --- |\n"
        for dependency in project.dependencies {
            let counterpart = switch dependency.name {
            case "twilio": "FunctionsJS's `twilio` module"
            case "@twilio/runtime-handler": "the Functions runtime"
            default: "none: rewrite its uses in Swift"
            }
            text += "| \(code(dependency.name)) | \(code(dependency.version)) | \(counterpart) |\n"
        }
        return text
    }

    private var totalsSection: String {
        let apis = twilioAPIs
        let served = apis.count { TwilioAPICoverage.isServed($0) }
        let missing = Array(Set(dependenciesWithoutCounterpart.map(\.name) + requiredModulesWithoutCounterpart)).sorted()
        // One figure per line, each starting the line (scripts grep `^TODO lines: `), with
        // Markdown hard breaks so they render as lines too.
        let lines = [
            "Functions: \(functions.count) (\(fullyTranslated) fully translated, \(functions.count { !$0.module.todos.isEmpty }) with TODOs, "
                + "\(syntaxErrors.count) with a syntax error)",
            "Translated lines: \(translatedLines)",
            "TODO lines: \(todoLines)",
            "Twilio APIs: \(apis.count) (\(served) served by the local emulator, \(apis.count - served) not served)",
            "Assets: \(project.assets.count)",
            "npm packages without a counterpart: \(missing.isEmpty ? "none" : missing.map(inline).joined(separator: ", "))",
        ]
        return "## Totals\n\n" + lines.joined(separator: "\\\n") + "\n"
    }

    /// `text` as inline code in a Markdown table cell.
    func code(_ text: String) -> String {
        let cell = text.replacingOccurrences(of: "|", with: "\\|")
        return cell.contains("`") ? "`` \(cell) ``" : "`\(cell)`"
    }

    /// `text` as inline code in prose.
    func inline(_ text: String) -> String {
        text.contains("`") ? "`` \(text) ``" : "`\(text)`"
    }
}
