import ArgumentParser

extension TwilioFunctionsCommand {
    /// `check`: everything `serve` would refuse or trip over, all at once, without starting it.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the manifest, the environment, the handlers and the seed fixture, and list every problem.",
            discussion: """
                Prints one problem per line, naming the file and the entry or line, then notes and a \
                summary. Checks: every manifest entry (path rules, registered handler, visibility, \
                duplicate paths); every environment line (a key marked `# required: true` that is empty is a \
                warning, not a problem); ACCOUNT_SID, API_KEY and SYNC_SERVICE_SID \
                of the right shape; an AUTH_TOKEN when a Function is protected; the seed fixture. \
                Exit status 1 when there is any problem. No secret value is printed.
                """
        )

        @OptionGroup var project: ProjectOptions

        @Option(name: .customLong("seed"), help: "The seed fixture to check (default emulator-seed.json, when it exists).")
        var seedPath: String?

        func run() throws {
            let report = report()
            print(report.text)
            if !report.problems.isEmpty { throw ExitCode.failure }
        }

        /// The report for these options, with the project's handlers.
        func report() -> CheckReport {
            CheckReport(
                manifestPath: project.manifestPath,
                environmentPath: project.environmentPath,
                seedPath: seedPath,
                registry: FunctionsCommandLine.current.registry
            )
        }
    }
}
