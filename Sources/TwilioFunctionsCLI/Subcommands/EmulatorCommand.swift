import ArgumentParser
import Foundation
import FunctionsRuntime
import TwilioEmulator

extension TwilioFunctionsCommand {
    /// `emulator`: save, load and reset the emulated services' database.
    struct EmulatorCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "emulator",
            abstract: "Export, import or reset the emulated services' data.",
            discussion: """
                The data lives in .twilio-functions/emulator.sqlite (or --database). An export is a \
                JSON file with one member per line and resources in creation order, meant to be \
                committed and diffed; import replaces all the data with an export's. These work \
                beside a running server, which sees the change on its next request.
                """,
            subcommands: [Export.self, Import.self, Reset.self]
        )
    }
}

/// The database the `emulator` subcommands work on.
struct EmulatorFileOptions: ParsableArguments {
    @Option(name: .customLong("database"), help: "The emulator's SQLite file.")
    var databasePath = EmulatorDataOptions.defaultDatabase

    /// The store at `--database`, opened beside any server using it (read-only: an existing
    /// database, left exactly as it is).
    func store(readOnly: Bool = false) throws -> EmulatorStore {
        do {
            return readOnly ? try EmulatorStore.existingFile(readingOnly: databasePath) : try EmulatorStore.file(at: databasePath)
        } catch {
            throw fail(error.message)
        }
    }
}

extension TwilioFunctionsCommand.EmulatorCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write all the emulated services' data to a JSON file (- for standard output).")
        @Argument(help: "The export file to write, replaced if it exists; - prints to standard output.") var file: String
        @OptionGroup var options: EmulatorFileOptions

        func run() throws {
            let store = try options.store(readOnly: true)
            do {
                if file == "-" {
                    FileHandle.standardOutput.write(Data(try store.snapshot().exportedJSON))
                } else {
                    say("Exported \(try store.export(to: file).summary) from \(options.databasePath) to \(file)")
                }
            } catch {
                throw fail(error.message)
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Replace all the emulated services' data with an export file's.")
        @Argument(help: "The export file to load.") var file: String
        @OptionGroup var options: EmulatorFileOptions

        func run() throws {
            // Read and checked whole before the database is opened: a bad file changes nothing.
            let snapshot: EmulatorSnapshot
            do {
                snapshot = try EmulatorSnapshot.load(file)
            } catch {
                throw fail(error.message)
            }
            let store = try options.store()
            do {
                try store.replace(with: snapshot)
            } catch {
                throw fail(error.message)
            }
            say("Imported \(snapshot.summary) from \(file) into \(options.databasePath)")
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete all the emulated services' data, then load the seed fixture as on a first start."
        )
        @OptionGroup var options: EmulatorFileOptions

        @Option(name: .customLong("seed"), help: "The fixture loaded after the reset, into the environment's SYNC_SERVICE_SID.")
        var seedPath = "emulator-seed.json"

        @Option(name: .customLong("env-file"), help: "The file with ACCOUNT_SID and SYNC_SERVICE_SID.")
        var environmentPath = "environment"

        func run() throws {
            let environment = try EnvironmentFile.loadForCommand(path: environmentPath)
            let accountSid = try environment.emulatorAccountSid()
            let store = try options.store()
            do {
                let seeded = try store.reset(seedPath: seedPath, syncServiceSid: environment["SYNC_SERVICE_SID"], accountSid: accountSid)
                say("Reset \(options.databasePath)\(seeded ? ": seeded from \(seedPath)" : "")")
            } catch {
                throw fail(error.message)
            }
        }
    }
}
