import Foundation

/// The JavaScript the translator must handle: the examples and the two seeds, from `Tests/Fixtures`.
enum TranslatorExamples {
    /// `Tests/Fixtures`, found from this file.
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// One JavaScript Function to translate.
    struct Example: Sendable, CustomStringConvertible {
        var name: String
        var file: String
        var source: String
        var description: String { name }
    }

    /// Every example Function (`examples/twilio-serverless/*/functions/*.js`).
    static var examples: [Example] {
        let root = fixtures.appendingPathComponent("serverless-examples")
        let projects = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return projects.sorted().flatMap { project -> [Example] in
            let functions = root.appendingPathComponent(project).appendingPathComponent("functions")
            let files = (try? FileManager.default.contentsOfDirectory(atPath: functions.path)) ?? []
            return files.filter { $0.hasSuffix(".js") }.sorted().compactMap { file in
                guard let source = try? String(contentsOf: functions.appendingPathComponent(file), encoding: .utf8)
                else { return nil }
                let name = String(file.dropLast(3)).replacingOccurrences(of: ".protected", with: "")
                return Example(name: name, file: "functions/\(file)", source: source)
            }
        }
    }

    /// The seeds: `serverless-seeds/functions/live-access-token.js` and `token.js`.
    static var seeds: [Example] {
        ["live-access-token", "token"].compactMap { name in
            let url = fixtures.appendingPathComponent("serverless-seeds/functions/\(name).js")
            guard let source = try? String(contentsOf: url, encoding: .utf8) else { return nil }
            return Example(name: name, file: "functions/\(name).js", source: source)
        }
    }

    static var all: [Example] { examples + seeds }

    static func named(_ name: String) -> Example? {
        all.first { $0.name == name }
    }

    /// The Swift name a Function's module body gets (`voice-ivr` → `voiceIvr`).
    static func swiftName(_ name: String) -> String {
        let parts = name.split(separator: "-")
        return parts.enumerated().map { $0 == 0 ? String($1) : $1.prefix(1).uppercased() + $1.dropFirst() }.joined()
    }
}
