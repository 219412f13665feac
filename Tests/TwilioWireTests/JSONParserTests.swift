import Testing
import TwilioWire

struct JSONParserTests {
    @Test func parsesEveryKindOfValue() throws {
        let value = try JSONParser.parse(#" {"a": [1, -2.5, 3e2, true, false, null], "b": {"c": "d"}, "e": ""} "#)
        #expect(value["a"] == [1, -2.5, 300.0, true, false, nil])
        #expect(value["b"]?["c"] == "d")
        #expect(value["e"] == "")
    }

    @Test func keepsKeyOrderAndLastValueOfDuplicateKeys() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"z":3}"#)
        #expect(value.objectValue?.keys == ["z", "a"])
        #expect(value["z"] == 3)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#""a\"b\\c\/d\n\t\u00e9\ud83c\udf89""#)
        #expect(value == .string("a\"b\\c/d\n\té🎉"))
    }

    @Test func loneSurrogateBecomesReplacementCharacter() throws {
        #expect(try JSONParser.parse(#""\ud800x""#) == .string("\u{FFFD}x"))
    }

    @Test func integersBeyondIntBecomeDoubles() throws {
        #expect(try JSONParser.parse("123456789012345678901234567890").doubleValue == 1.2345678901234568e29)
        #expect(try JSONParser.parse("1e400") == .double(.infinity))
        #expect(try JSONParser.parse("-0") == .int(0))
    }

    @Test(arguments: [
        ("", 1, 1, "unexpected end of input"),
        ("{", 1, 2, "unexpected end of input"),
        ("{\"a\" 1}", 1, 6, "expected ':'"),
        ("[1,]", 1, 4, "expected a value"),
        ("{\n  \"a\": tru\n}", 2, 8, "expected 'true'"),
        ("[1] 2", 1, 5, "after the JSON value"),
        ("01", 1, 2, "after the JSON value"),
        ("\"abc", 1, 5, "unterminated string"),
        ("\"a\u{01}\"", 1, 3, "control character"),
        ("\"\\x\"", 1, 2, "invalid escape"),
        ("1.", 1, 3, "a digit after '.'"),
        ("{'a':1}", 1, 2, "expected a string key"),
    ])
    func malformedInputNamesLineAndColumn(input: String, line: Int, column: Int, reason: String) {
        #expect {
            _ = try JSONParser.parse(input)
        } throws: { error in
            guard let error = error as? JSONParseError else { return false }
            return error.line == line && error.column == column && error.reason.contains(reason)
        }
    }

    @Test func invalidUTF8IsRefused() {
        #expect(throws: JSONParseError.self) {
            _ = try JSONParser.parse([0x22, 0xFF, 0xFE, 0x22])
        }
    }

    @Test func deepNestingIsRefusedWithoutExhaustingTheStack() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect {
            _ = try JSONParser.parse(deep)
        } throws: { error in
            (error as? JSONParseError)?.reason.contains("nested more than 512") == true
        }
        let allowed = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { _ = try JSONParser.parse(allowed) }
    }

    @Test func objectsWithManyKeysStayIndexed() throws {
        let members = (0..<5000).map { "\"k\($0)\":\($0)" }.joined(separator: ",")
        let value = try JSONParser.parse("{\(members)}")
        #expect(value.objectValue?.count == 5000)
        #expect(value["k4999"] == 4999)
        #expect(value["k0"] == 0)
    }
}
