import Testing
import TwilioWire

struct JSONWriterTests {
    @Test func writesLikeJavaScriptStringify() {
        let value: JSONValue = [
            "s": "a\"b\\c/d\ne\u{01}é🎉",
            "i": -42,
            "d": 1.5,
            "whole": .double(3),
            "b": true,
            "n": nil,
            "a": [1, "x"],
            "o": [:],
            "e": [],
        ]
        #expect(value.jsonString == #"{"s":"a\"b\\c/d\ne\u0001é🎉","i":-42,"d":1.5,"whole":3,"b":true,"n":null,"a":[1,"x"],"o":{},"e":[]}"#)
    }

    @Test func nonFiniteNumbersBecomeNull() {
        #expect(JSONValue.array([.double(.infinity), .double(.nan)]).jsonString == "[null,null]")
    }

    @Test(arguments: [
        (1e-7, "1e-7"), (2.5e-5, "0.000025"), (1e16, "10000000000000000"),
        (1.2345678901234568e20, "123456789012345680000"), (1e21, "1e+21"), (1.5, "1.5"), (-0.1, "-0.1"),
        (123.456, "123.456"), (Double.leastNonzeroMagnitude, "5e-324"), (1.7976931348623157e308, "1.7976931348623157e+308"),
        (0.000001, "0.000001"), (-2.5e-7, "-2.5e-7"), (9007199254740993.0, "9007199254740992"),
    ])
    func doublesAreWrittenAsJavaScriptWritesThem(number: Double, text: String) {
        #expect(JSONValue.double(number).jsonString == text)
    }

    @Test(arguments: [0, 7, -7, 1_700_000_000, Int.max, Int.min])
    func integersRoundTrip(number: Int) throws {
        let text = JSONValue.int(number).jsonString
        #expect(text == String(number))
        #expect(try JSONParser.parse(text) == .int(number))
    }

    @Test func parseThenWriteIsIdentityForCompactInput() throws {
        let text = #"{"grant":{"requestCredentials":null,"playbackUrl":"https://x/y?token=1","playerStreamerSid":"VJ1"},"list":[1,2.25,"t"]}"#
        #expect(try JSONParser.parse(text).jsonString == text)
    }

    @Test func settingAKeyKeepsItsPlaceAndRemovingDropsIt() {
        var object: JSONObject = ["a": 1, "b": 2, "c": 3]
        object["b"] = 20
        object["d"] = 4
        object["a"] = nil
        #expect(JSONValue.object(object).jsonString == #"{"b":20,"c":3,"d":4}"#)
    }

    @Test func prettyOutputIndentsByTwoSpaces() {
        let value: JSONValue = ["a": [1, 2], "b": [:]]
        #expect(value.prettyJSONString == "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {}\n}")
    }

    @Test func swiftValuesConvertToJSON() {
        #expect(["b": 2, "a": 1].jsonValue.jsonString == #"{"a":1,"b":2}"#)
        #expect(["x", "y"].jsonValue.jsonString == #"["x","y"]"#)
        #expect(Optional<Int>.none.jsonValue == .null)
    }

    /// Every character that needs escaping, at every offset of a long run of plain text, so that
    /// each lands in each position of the writer's eight-byte scan and in its byte-by-byte tail.
    @Test("escapes are found at every offset of a long string", arguments: ["\"", "\\", "\n", "\u{00}", "\u{1F}", "\u{7F}", "é", "🎉"])
    func escapesAtEveryOffset(special: String) {
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            for position in 0...length {
                let plain = String(repeating: "a", count: length)
                let text = String(plain.prefix(position)) + special + String(plain.dropFirst(position))
                var written: [UInt8] = []
                JSONWriter.writeString(text, into: &written)
                #expect(String(decoding: written, as: UTF8.self) == Self.referenceQuoted(text), "length \(length), position \(position)")
            }
        }
    }

    /// JSON.stringify's escaping, one scalar at a time.
    private static func referenceQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
