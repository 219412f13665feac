import Testing

@testable import JavaScriptSyntax

@Suite("Lexer")
struct LexerTests {
    func tokens(_ source: String) throws -> [Token] {
        try Lexer.tokenize(source)
    }

    @Test(arguments: [
        ("0", 0.0), ("42", 42), ("1_000_000", 1_000_000), (".5", 0.5), ("1.", 1), ("1.25e3", 1250), ("2E-2", 0.02),
        ("1e+2", 100), ("0x1F", 31), ("0XfF", 255), ("0o17", 15), ("0b101", 5), ("0b1_0", 2), ("017", 15), ("08", 8),
        ("0.1", 0.1), ("1_0.5_0", 10.5),
    ])
    func numbers(_ source: String, _ value: Double) throws {
        let token = try tokens(source)[0]
        #expect(token.kind == .number)
        #expect(token.number == value)
        #expect(token.text == source)
    }

    @Test func numberLiteralsKeepTheirRawText() throws {
        let program = try Parser.parse("x = 0x1F")
        guard case .expression(.assignment(_, _, .number(let value, let raw))) = program.body[0].kind else {
            Issue.record("expected a number")
            return
        }
        #expect(value == 31 && raw == "0x1F")
    }

    @Test(arguments: [
        (#"'plain'"#, "plain"),
        (#""double \"quoted\"""#, "double \"quoted\""),
        (#"'a\nb\tc\rd'"#, "a\nb\tc\rd"),
        (#"'\b\f\v\0'"#, "\u{08}\u{0C}\u{0B}\u{0}"),
        (#"'\x41\u0042\u{43}\u{1F600}'"#, "ABC😀"),
        (#"'\uD83D\uDE00'"#, "😀"),
        (#"'\'\\\"'"#, "'\\\""),
        ("'line \\\ncontinued'", "line continued"),
        ("'crlf \\\r\ncontinued'", "crlf continued"),
        (#"'\q\-'"#, "q-"),
        (#"'\101'"#, "A"),
        ("'問題が発生しました。'", "問題が発生しました。"),
    ])
    func stringEscapes(_ source: String, _ value: String) throws {
        let token = try tokens(source)[0]
        #expect(token.kind == .string)
        #expect(token.value == value)
    }

    @Test func templatePiecesAndNesting() throws {
        let kinds = try tokens("`a${ {b: `c${d}`} }e`").map(\.kind)
        #expect(
            kinds == [
                .template(.head), .punctuator, .identifier, .punctuator, .template(.head), .identifier, .template(.tail),
                .punctuator, .template(.tail), .end,
            ])
        let cooked = try tokens("`x\\n\r\ny\\u0041`")[0]
        #expect(cooked.value == "x\n\nyA")
    }

    @Test func regexOrDivisionFromThePreviousToken() throws {
        func kinds(_ source: String) throws -> [Token.Kind] { try tokens(source).map(\.kind) }
        #expect(try kinds("a / b") == [.identifier, .punctuator, .identifier, .end])
        #expect(try kinds("x = /b/g") == [.identifier, .punctuator, .regex, .end])
        #expect(try kinds("return /b/") == [.identifier, .regex, .end])
        #expect(try kinds("(1) / 2") == [.punctuator, .number, .punctuator, .punctuator, .number, .end])
        #expect(try kinds("while (x) /b/") == [.identifier, .punctuator, .identifier, .punctuator, .regex, .end])
        let regex = try tokens("x(/[/]\\//gi)")[2]
        #expect(regex.kind == .regex)
        #expect(regex.value == "[/]\\/")
        #expect(regex.flags == "gi")
    }

    @Test func positionsAndLineBreaks() throws {
        let all = try tokens("a /* x\n */ b // c\n  問題 = '\u{1F600}'; d\r\ne")
        let summary = all.map { "\($0.text)@\($0.range.line):\($0.range.column)\($0.newlineBefore ? "+" : "")" }
        #expect(summary == ["a@1:1", "b@2:5+", "問題@3:3+", "=@3:6", "'😀'@3:8", ";@3:11", "d@3:13", "e@4:1+", "@4:2"])
        let quoted = all[4]
        #expect(quoted.range.start == "a /* x\n */ b // c\n  問題 = ".utf8.count)
        #expect(quoted.range.end - quoted.range.start == 6)
    }

    @Test func punctuatorsTakeTheLongestMatch() throws {
        let texts = try tokens("a >>>= b ?? c ?.d ... e === f !== g **= h => i ?.5 : j").map(\.text)
        #expect(
            texts == [
                "a", ">>>=", "b", "??", "c", "?.", "d", "...", "e", "===", "f", "!==", "g", "**=", "h", "=>", "i", "?", ".5",
                ":", "j", "",
            ])
    }

    @Test func hashbangAndUnicodeWhitespaceAreSkipped() throws {
        let texts = try tokens("#!/usr/bin/env node\n\u{FEFF}x\u{3000}=\u{A0}1").map(\.text)
        #expect(texts == ["x", "=", "1", ""])
    }

    @Test func unicodeIdentifiers() throws {
        let all = try tokens("const 値 = $a_1 + ünïcode")
        #expect(all.map(\.text) == ["const", "値", "=", "$a_1", "+", "ünïcode", ""])
    }
}
