import ArgumentParser

extension TwilioFunctionsCommand {
    /// `init DIR`: a new Functions package, ready to serve and test.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a Functions package ready to run: handlers, tests, manifest, environment, README.",
            discussion: """
                DIR must not exist or be an empty folder; its parent must exist. The package is named \
                after DIR (--name to choose), with a `hello` and a `token` handler, a command line over \
                them, a test per handler, functions.json, an environment of placeholders and a \
                .gitignore. Then: cd DIR && swift run NAME serve, and swift test.

                By default the package depends on twilio-functions \(PackageTemplate.releaseVersion) by URL; \
                --local PATH depends on a checkout on this machine instead (offline, or to try a change).
                """
        )

        @Argument(help: "The folder to create the package in.")
        var directory: String

        @OptionGroup var package: PackageOptions

        func run() throws {
            let template = try makeTemplate()
            do {
                try PackageWriter.write(template, to: directory)
            } catch {
                throw fail(error.message)
            }
            say("""
                Created the Functions package \(template.name.package) in \(directory). Next:
                  cd \(directory)
                  swift run \(template.name.package) serve   # http://127.0.0.1:3000/hello and /token
                  swift test
                """)
        }

        /// The package these options describe.
        /// - Throws: a failure naming the rule a name breaks, or a `--local` path that is no checkout.
        func makeTemplate() throws -> PackageTemplate {
            do {
                let (name, dependency) = try package.resolve(folder: directory)
                return PackageTemplate(name: name, dependency: dependency)
            } catch {
                throw fail(error.message)
            }
        }
    }
}
