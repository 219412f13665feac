import ArgumentParser
import FunctionsPort

extension TwilioFunctionsCommand {
    /// `port SOURCE DEST`: a Twilio Serverless project made into a Swift package like `init`'s.
    struct Port: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Port a Twilio Serverless project (functions/, assets/, .env) into a Functions package in Swift.",
            discussion: """
                Each functions/**/*.js becomes a Swift file translated line by line onto FunctionsJS, \
                at the same route and visibility as on Twilio; assets are copied byte for byte; .env \
                becomes environment (credentials go to environment.local, which git ignores). A line \
                that cannot be translated answers 501 until ported by hand; PORTING.md lists them, the \
                Twilio APIs each Function calls and whether the local emulator serves them, and the npm \
                packages with no counterpart. DEST must not exist or be an empty folder: on any error \
                nothing is written. Package options as for init.
                """
        )

        @OptionGroup var options: PortOptions

        func run() throws {
            let plan: PortPlan
            do {
                plan = try options.plan()
            } catch {
                throw fail("\(error.message) Nothing was written.")
            }
            do {
                try PackageWriter.write(plan.files, to: options.destination, command: "port")
            } catch {
                throw fail(error.message)
            }
            say(plan.report.summary(reportPath: options.reportPath))
            say("""
                Next:
                  cd \(options.destination)
                  swift run \(plan.skeleton.package) serve
                  swift test
                """)
        }
    }
}
