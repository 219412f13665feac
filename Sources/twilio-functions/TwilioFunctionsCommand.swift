import ArgumentParser

/// `twilio-functions`: run, call and inspect Twilio Functions written in Swift, locally.
@main
struct TwilioFunctionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "twilio-functions",
        abstract: "Run Twilio Functions written in Swift on this machine.",
        subcommands: [Serve.self, Invoke.self, Check.self, Sign.self, TokenCommand.self, SyncCommand.self, MediaCommand.self, EmulatorCommand.self],
        defaultSubcommand: nil
    )
}
