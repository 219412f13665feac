import Foundation

extension PackageTemplate {
    /// The dependency `--local`, `--url` and `--from` describe, as `init` and `port` take them.
    /// - Throws: ``PackageWriter/Failure`` when `localPath` is not a checkout (it has no `Package.swift`).
    static func dependency(localPath: String?, url: String, version: String) throws(PackageWriter.Failure) -> Dependency {
        guard let localPath else { return .release(url: url, version: version) }
        let checkout = URL(fileURLWithPath: localPath).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: checkout + "/Package.swift") else {
            throw PackageWriter.Failure(message: "--local \(localPath) has no Package.swift; pass the folder of a twilio-functions checkout.")
        }
        return .local(checkout)
    }
}
