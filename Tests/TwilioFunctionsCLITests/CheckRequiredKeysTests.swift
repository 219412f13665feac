import ArgumentParser
import Foundation
import FunctionsRuntime
import Testing

@testable import TwilioFunctionsCLI

/// `check` and keys marked `# required: true`: an empty one is a warning, not a problem, so a
/// freshly ported project still serves.
@Suite("check: required keys", .shippedCommandLine)
struct CheckRequiredKeysTests {
    @Test func anEmptyRequiredKeyIsAWarningNamingTheKeyAndFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("functions.json", Fake.manifestText)
        let environment = try folder.write("environment", Fake.environmentText + """

            # description: SID of your Twilio Verify Service
            # format: sid
            # required: true
            VERIFY_SERVICE_SID=

            # required: true
            FORWARDING_NUMBERS=+12223334444
            # required: false
            OPTIONAL=
            """)
        let check = try TwilioFunctionsCommand.Check.parse(["--manifest", folder.path("functions.json"), "--env-file", environment])
        let report = check.report()
        #expect(report.problems.isEmpty)
        #expect(report.notes.filter { $0.hasPrefix("warning:") } == [
            "warning: \(environment):9: VERIFY_SERVICE_SID is marked `# required: true` but is empty. Set it in \(environment), "
                + "or pass --env-file with a file that sets it (such as environment.local)."
        ])
        #expect(report.text.hasSuffix("No problems found"))
        try check.run()
    }

    @Test func aRequiredKeySetLaterIsNotReported() throws {
        let text = "# required: true\nKEY=\nKEY=set\n"
        #expect(EnvironmentFile.unsetRequiredKeys(in: text, path: "environment").isEmpty)
        #expect(EnvironmentFile.unsetRequiredKeys(in: "# required: TRUE\n#other\nKEY=\n", path: "e").count == 1)
        // A blank line ends the block that describes a key.
        #expect(EnvironmentFile.unsetRequiredKeys(in: "# required: true\n\nKEY=\n", path: "e").isEmpty)
    }
}
