import FunctionsRuntime

extension EnvironmentFile {
    /// The environment file at `path`, for a command: a file that does not load ends the command
    /// with its one-line error.
    static func loadForCommand(path: String) throws -> EnvironmentFile {
        do {
            return try EnvironmentFile.load(path: path)
        } catch {
            throw fail(error.message)
        }
    }

    /// `ACCOUNT_SID`, which owns what the emulated services create.
    /// - Throws: a command failure naming this file when it is not set.
    func emulatorAccountSid() throws -> String {
        guard let accountSid = self["ACCOUNT_SID"], !accountSid.isEmpty else {
            throw fail("ACCOUNT_SID is not set in \(path); the emulated services need it to own their resources.")
        }
        return accountSid
    }
}
