import Testing
import TwilioAPI
import TwilioWire

@testable import TwilioFunctionsCLI

/// Data read from the emulated services is printed with its control characters escaped, so a
/// unique name cannot clear the screen or move the cursor of whoever lists the documents.
@Suite(.shippedCommandLine)
struct TerminalOutputTests {
    @Test(arguments: [
        ("plain_name", "plain_name"),
        ("a\u{1B}[2Jb", "a\\u001b[2Jb"),
        ("bell\u{07}tab\there", "bell\\u0007tab\\u0009here"),
        ("del\u{7F} csi\u{9B}31m", "del\\u007f csi\\u009b31m"),
        ("café ✓", "café ✓"),
    ])
    func controlCharactersAreEscaped(raw: String, shown: String) {
        #expect(raw.terminalSafe == shown)
    }

    @Test func syncListEscapesWhatTheServiceSent() throws {
        let document = try SyncDocument(json: [
            "sid": "ET00000000000000000000000000000000",
            "unique_name": "evil\u{1B}[2J\u{1B}]0;title\u{07}",
            "revision": "0",
            "data": ["note": "bell\u{07} and csi\u{9B}"],
        ])
        let lines = TwilioFunctionsCommand.SyncCommand.List.lines([document], serviceSid: "IS00000000000000000000000000000000")
        #expect(lines.count == 1)
        #expect(lines[0].contains("evil\\u001b[2J\\u001b]0;title\\u0007"))
        #expect(lines[0].contains("csi\\u009b"))
        #expect(!lines[0].unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func anEmptyServiceSaysSo() {
        #expect(TwilioFunctionsCommand.SyncCommand.List.lines([], serviceSid: "IS00000000000000000000000000000000")
            == ["No documents in IS00000000000000000000000000000000."])
    }
}
