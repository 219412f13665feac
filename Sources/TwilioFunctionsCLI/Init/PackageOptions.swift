import ArgumentParser
import Foundation

/// How a new package is named and gets twilio-functions: the options `init` and `port` share.
struct PackageOptions: ParsableArguments {
    @Option(help: "The package and command name (default: the folder's name).")
    var name: String?

    @Option(name: .customLong("local"), help: "Depend on the twilio-functions checkout at this path.")
    var localPath: String?

    @Option(help: "The URL to depend on twilio-functions by.")
    var url = PackageTemplate.releaseURL

    @Option(name: .customLong("from"), help: "The lowest twilio-functions version to depend on.")
    var version = PackageTemplate.releaseVersion

    /// The package's name (from `--name`, else the last component of `folder`) and its dependency.
    /// - Throws: ``PackageWriter/Failure`` naming the rule a name breaks, or a `--local` path
    ///   that is no checkout.
    func resolve(folder: String) throws(PackageWriter.Failure) -> (name: PackageName, dependency: PackageTemplate.Dependency) {
        let folderName = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        let packageName: PackageName
        do {
            packageName = try PackageName(name ?? folderName)
        } catch {
            throw PackageWriter.Failure(message: error.message)
        }
        return (packageName, try PackageTemplate.dependency(localPath: localPath, url: url, version: version))
    }
}
