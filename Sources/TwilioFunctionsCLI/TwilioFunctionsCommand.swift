import ArgumentParser

/// `twilio-functions`: run, call and inspect Twilio Functions written in Swift, locally. Its name,
/// version and handlers are those of the running ``FunctionsCommandLine``.
struct TwilioFunctionsCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        let commandLine = FunctionsCommandLine.current
        return CommandConfiguration(
            commandName: commandLine.name,
            abstract: "Run Twilio Functions written in Swift on this machine.",
            version: commandLine.version ?? "",
            subcommands: [
                Serve.self, Invoke.self, Check.self, Sign.self, TokenCommand.self, SyncCommand.self, MediaCommand.self, VerifyCommand.self, TriggerCommand.self,
                EmulatorCommand.self, Init.self, Port.self,
            ],
            defaultSubcommand: nil
        )
    }
}
