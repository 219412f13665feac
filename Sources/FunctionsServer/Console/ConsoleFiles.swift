import Foundation

/// The console page's files (HTML, CSS, JavaScript), shipped as the module's resources and read
/// once, at the first request for one of them.
struct ConsoleFiles: Sendable {
    /// A file and its Content-Type.
    struct File: Sendable {
        let contentType: String
        let bytes: [UInt8]
    }

    private let files: [String: File]

    /// The page's files by their name: `index.html`, `console.css`, `console.js`, `sync.js`.
    static let shipped = ConsoleFiles(folder: Bundle.module.url(forResource: "console", withExtension: nil))

    init(folder: URL?) {
        var files: [String: File] = [:]
        let types = ["html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8", "png": "image/png", "svg": "image/svg+xml"]
        if let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) {
            for name in names {
                guard let type = name.split(separator: ".").last.flatMap({ types[String($0)] }),
                    let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
                else { continue }
                files[name] = File(contentType: type, bytes: Array(data))
            }
        }
        self.files = files
    }

    subscript(name: String) -> File? { files[name] }
}
