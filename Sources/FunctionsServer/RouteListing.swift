import FunctionsRuntime

/// What is printed when the server starts: one line per Function and per asset with its URL;
/// protected and private ones are marked, private ones say they are not reachable by URL, and
/// files of the assets folder that are not served (links out of it) end the listing as warnings.
public enum RouteListing {
    /// The listing for `project` served at `baseURL` (e.g. `http://127.0.0.1:3000`).
    public static func text(for project: FunctionsProject, baseURL: String) -> String {
        var lines: [String]
        if project.routes.isEmpty {
            lines = ["No functions found in \(project.manifest.file)."]
        } else {
            lines = ["Functions:"] + project.routes.map { line(path: $0.path, visibility: $0.visibility, baseURL: baseURL) }
        }
        let assets = project.assets
        if !assets.isEmpty {
            lines.append("Assets (\(assets.folder)):")
            lines += assets.assets.map { line(path: $0.path, visibility: $0.visibility, baseURL: baseURL) }
            // The pipeline answers `/` with the index page only when no Function has that path.
            if !project.routes.contains(where: { $0.path == "/" }), let index = assets.rootFallback, index.visibility != .private {
                lines.append(line(path: "/", visibility: index.visibility, baseURL: baseURL) + "  (serves \(index.path))")
            }
        }
        if !assets.skipped.isEmpty {
            lines.append("Not served from \(assets.folder):")
            lines += assets.skipped.map { "  warning: \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    /// The line naming the developer console's page, for the banner of a server that serves it.
    public static func consoleLine(baseURL: String) -> String {
        "Developer console: \(baseURL)\(Console.prefix)/"
    }

    private static func line(path: String, visibility: FunctionVisibility, baseURL: String) -> String {
        switch visibility {
        case .public: "  \(baseURL)\(path)"
        case .protected: "  [protected] \(baseURL)\(path)  (needs X-Twilio-Signature)"
        case .private: "  [private]   \(path)  (not reachable over HTTP)"
        }
    }
}
