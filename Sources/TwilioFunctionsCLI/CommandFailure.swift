import ArgumentParser
import Foundation

/// Prints `error: message` to standard error and ends the command with exit status 1: a failure
/// the user can act on, shown without a stack or usage text.
func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    return ExitCode.failure
}
