import Foundation
import FunctionsPort

/// A fake Twilio Serverless project in a fresh temporary folder, removed when the value goes away.
final class ProjectFolder {
    let root: String

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("functions-port-tests-\(UUID().uuidString)", isDirectory: true).path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Writes `text` to `path` under the root, creating folders.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> String {
        try write(path, bytes: Array(text.utf8))
    }

    /// Writes `bytes` to `path` under the root, creating folders.
    @discardableResult
    func write(_ path: String, bytes: [UInt8]) throws -> String {
        let url = URL(fileURLWithPath: root).appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    func path(_ name: String) -> String { root + "/" + name }

    /// Writes each of `files` under `folder` inside the root, as `port` would.
    func writePlan(_ files: [PortFile], into folder: String) throws {
        for file in files { try write(folder + "/" + file.path, bytes: file.bytes) }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }
}

/// The projects of `Tests/Fixtures`.
enum ProjectFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let examples = ["forward-message", "hello-world", "sync-token", "verify", "voice-ivr"]

    static func example(_ name: String) -> String { folder + "/serverless-examples/" + name }
}

extension PackageSkeleton {
    /// A ported package's skeleton depending on a checkout at `/src/twilio-functions`.
    static func ported(_ package: String, module: String) -> PackageSkeleton {
        PackageSkeleton(
            package: package, module: module, dependency: .local("/src/twilio-functions"),
            handlerProducts: PortPlan.handlerProducts, testProducts: PortPlan.testProducts
        )
    }
}

/// Translations made by hand, so a test controls the figures the report shows.
enum ProjectFakes {
    /// A translator that returns `modules[file]`, or an empty translation (what the stub gives).
    static func translator(_ modules: [String: PortedModule]) -> (String, String, String) -> PortedModule {
        { _, file, swiftName in
            var module = modules[file] ?? PortedModule(file: file, swiftName: swiftName, source: "")
            module.file = file
            module.swiftName = swiftName
            return module
        }
    }

    /// A translation with Swift in it and every line translated.
    static func translated(_ file: String, lines: Int = 3, apis: [String] = []) -> PortedModule {
        PortedModule(file: file, swiftName: "", source: "import FunctionsJS\n// translated\n", translatedLines: lines, twilioAPIs: apis)
    }
}
