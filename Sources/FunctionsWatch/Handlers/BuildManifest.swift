import Foundation

/// The compile command SwiftPM planned for one module, read from the llbuild manifest it writes
/// beside its build (`.build/debug.yaml`, `.build/release.yaml`).
struct BuildManifest: Sendable {
    /// The manifest's path.
    var path: String
    /// Its text.
    var text: String

    /// Reads the manifest at `path`; `nil` when there is none (no build has run yet).
    init?(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.path = path
        self.text = String(decoding: data, as: UTF8.self)
    }

    /// A manifest's text, for tests.
    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// A compile command: its inputs (the sources and the modules it imports) and its arguments.
    struct Command: Sendable, Equatable {
        /// The files it reads.
        var inputs: [String]
        /// The command line, compiler first.
        var arguments: [String]
    }

    /// The command that compiles `module`; `nil` when the manifest has no such command.
    func compileCommand(module: String) -> Command? {
        // A command's key is "C.<module>-<triple>-<configuration>.module"; its fields are JSON arrays.
        let key = "  \"C.\(module)-"
        var inCommand = false
        var inputs: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("  \"") {
                inCommand = line.hasPrefix(key) && line.hasSuffix(".module\":")
                continue
            }
            guard inCommand else { continue }
            if let values = Self.array(line, field: "inputs") {
                inputs = values
            } else if let arguments = Self.array(line, field: "args") {
                return arguments.isEmpty ? nil : Command(inputs: inputs, arguments: arguments)
            }
        }
        return nil
    }

    /// The strings of `    field: [...]`; `nil` for another line.
    private static func array(_ line: Substring, field: String) -> [String]? {
        let prefix = "    \(field): "
        guard line.hasPrefix(prefix) else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(line.dropFirst(prefix.count).utf8)) as? [String]
    }
}
