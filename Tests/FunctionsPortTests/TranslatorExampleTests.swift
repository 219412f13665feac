import FunctionsPort
import Testing

/// The examples and seeds: what the port must translate completely.
@Suite struct TranslatorExampleTests {
    static let complete = ["hello-world", "sync-token", "voice-ivr", "live-access-token", "token"]

    @Test func findsEveryExampleAndSeed() {
        #expect(TranslatorExamples.examples.count == 7)
        #expect(TranslatorExamples.seeds.map(\.name) == ["live-access-token", "token"])
    }

    @Test(arguments: complete)
    func translatesWithoutTODOs(name: String) throws {
        let example = try #require(TranslatorExamples.named(name))
        let module = ModuleTranslator.translate(
            example.source, file: example.file, swiftName: TranslatorExamples.swiftName(name))
        #expect(module.todos.isEmpty)
        #expect(module.syntaxError == nil)
        #expect(!module.source.contains("TODO(port)"))
        #expect(!module.source.contains("js.untranslated"))
        #expect(module.source.contains("@Sendable func \(TranslatorExamples.swiftName(name))(_ js: JSModule) async throws {"))
        #expect(module.translatedLines > 0)
    }

    @Test(arguments: TranslatorExamples.all)
    func everyExampleTranslatesEveryLine(example: TranslatorExamples.Example) {
        let module = ModuleTranslator.translate(
            example.source, file: example.file, swiftName: TranslatorExamples.swiftName(example.name))
        #expect(module.todos.isEmpty)
        #expect(module.source.contains("exports.handler = JSValue."))
    }

    static let apis: [(String, [String])] = [
        ("hello-world", []),
        ("forward-message", []),
        ("sync-token", []),
        ("check-verify", ["verify.services.verificationChecks.create"]),
        ("start-verify", ["verify.services.verifications.create"]),
        ("handle-user-input", ["messages.create"]),
        ("voice-ivr", []),
        ("live-access-token", ["sync.services.documents.fetch", "media.playerStreamer.playbackGrant.create"]),
        ("token", []),
    ]

    @Test(arguments: apis)
    func listsTheTwilioAPIs(name: String, expected: [String]) throws {
        let example = try #require(TranslatorExamples.named(name))
        let module = ModuleTranslator.translate(example.source, file: example.file, swiftName: "f")
        #expect(module.twilioAPIs == expected)
        #expect(module.npmModules.isEmpty)
    }

    @Test func voiceIvrReadsLikeTheJavaScript() throws {
        let example = try #require(TranslatorExamples.named("voice-ivr"))
        let module = ModuleTranslator.translate(example.source, file: example.file, swiftName: "voiceIvr")
        #expect(module.source.contains("    let Twilio = js.Twilio\n"))
        #expect(module.source.contains("let twiml = try await Twilio.twiml.VoiceResponse.new()"))
        #expect(module.source.contains("try await twiml.say(JSValue.string(\"Sorry we couldn't understand you\"))")
            || module.source.contains("try await twiml.say(\"Sorry we couldn't understand you\")"))
        #expect(module.source.contains("/// exports.handler = function (context, event, callback) {"))
        #expect(module.translatedLines == 17)
    }
}
