import FunctionsRuntime

/// The list of Functions printed when the server starts: one line per route with its URL;
/// protected and private ones are marked, and private ones say they are not reachable by URL.
public enum RouteListing {
    /// The listing for `project` served at `baseURL` (e.g. `http://127.0.0.1:3000`).
    public static func text(for project: FunctionsProject, baseURL: String) -> String {
        guard !project.routes.isEmpty else {
            return "No functions found in \(project.manifest.file)."
        }
        var lines = ["Functions:"]
        for route in project.routes {
            switch route.visibility {
            case .public: lines.append("  \(baseURL)\(route.path)")
            case .protected: lines.append("  [protected] \(baseURL)\(route.path)  (needs X-Twilio-Signature)")
            case .private: lines.append("  [private]   \(route.path)  (not reachable over HTTP)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
