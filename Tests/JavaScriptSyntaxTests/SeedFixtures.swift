import Foundation

/// The final JavaScript of the two hands-on guides, as `Tests/Fixtures/serverless-seeds` keeps it.
enum SeedFixtures {
    /// `functions/live-access-token.js`: the Twilio Live guide's Function.
    static let liveAccessToken = read("live-access-token")
    /// `functions/token.js`: the Twilio Sync guide's Function.
    static let token = read("token")

    private static func read(_ name: String) -> String {
        let url = ExampleFiles.fixtures.appending(path: "serverless-seeds/functions/\(name).js")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }
}
