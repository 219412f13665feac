import ArgumentParser
import Foundation
import FunctionsPort

/// What `port` is told: the project, the package folder, and how the package gets
/// twilio-functions (as for `init`).
struct PortOptions: ParsableArguments {
    @Argument(help: "The Twilio Serverless project: the folder with functions/, assets/, .env and package.json.")
    var source: String

    @Argument(help: "The folder to create the Swift package in (new or empty).")
    var destination: String

    @OptionGroup var package: PackageOptions

    /// Where `PORTING.md` ends up.
    var reportPath: String {
        (destination.hasSuffix("/") ? destination : destination + "/") + PortPlan.reportFile
    }

    /// The package these options describe, planned from the project they name.
    /// - Throws: ``PortError`` with the one-line reason: a name that cannot be a module, a
    ///   `--local` that is no checkout, or anything ``ServerlessProject/load(from:)`` and
    ///   ``PortPlan`` refuse.
    func plan() throws(PortError) -> PortPlan {
        let packageName: PackageName
        let dependency: PackageTemplate.Dependency
        do {
            (packageName, dependency) = try package.resolve(folder: destination)
        } catch {
            throw PortError(error.message)
        }
        let skeleton = PackageSkeleton(
            package: packageName.package, module: packageName.module, dependency: dependency.skeleton,
            handlerProducts: PortPlan.handlerProducts, testProducts: PortPlan.testProducts
        )
        return try PortPlan(project: try ServerlessProject.load(from: source), skeleton: skeleton)
    }
}
