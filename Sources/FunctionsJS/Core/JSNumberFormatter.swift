import TwilioWire

/// Numbers to text and back exactly as JavaScript converts them.
enum JSNumberFormatter {
    /// Number::toString: the shortest digits that round-trip, in JavaScript's layout
    /// (`1e+21`, `1e-7`, `123456789012345680000`, `0.000001`).
    static func string(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value == 0 { return "0" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return JSONWriter.javaScriptText(value)
    }

    /// StringToNumber: whitespace-trimmed decimal, `0x`/`0o`/`0b` integers, `Infinity`; "" is 0; anything else NaN.
    static func parseNumber(_ text: String) -> Double {
        let trimmed = JSStrings.trim(text, start: true, end: true)
        if trimmed.isEmpty { return 0 }
        let scalars = Array(trimmed.unicodeScalars)
        if scalars.count > 2, scalars[0] == "0" {
            let radix: Int? =
                switch scalars[1] {
                case "x", "X": 16
                case "o", "O": 8
                case "b", "B": 2
                default: nil
                }
            if let radix {
                return parseInteger(scalars.dropFirst(2), radix: radix) ?? .nan
            }
        }
        var body = Substring(trimmed)
        var negative = false
        if let first = body.first, first == "+" || first == "-" {
            negative = first == "-"
            body = body.dropFirst()
        }
        if body == "Infinity" { return negative ? -.infinity : .infinity }
        guard isDecimalLiteral(body), let value = Double(body) else { return .nan }
        return negative ? -value : value
    }

    /// Digits in `radix`, all valid, as a (possibly inexact) double.
    static func parseInteger(_ scalars: ArraySlice<Unicode.Scalar>, radix: Int) -> Double? {
        guard !scalars.isEmpty else { return nil }
        var value = 0.0
        for scalar in scalars {
            guard let digit = digitValue(scalar), digit < radix else { return nil }
            value = value * Double(radix) + Double(digit)
        }
        return value
    }

    static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0x61...0x7A: Int(scalar.value - 0x61 + 10)
        case 0x41...0x5A: Int(scalar.value - 0x41 + 10)
        default: nil
        }
    }

    /// Whether the text is `digits[.digits][e[+-]digits]` or `.digits[…]` (what Swift's parser would accept
    /// beyond JavaScript, like `nan` or hex floats, is refused).
    static func isDecimalLiteral(_ text: Substring) -> Bool {
        var sawDigit = false
        var index = text.startIndex
        func digits() {
            while index < text.endIndex, text[index].isASCII, text[index].isNumber {
                sawDigit = true
                index = text.index(after: index)
            }
        }
        digits()
        if index < text.endIndex, text[index] == "." {
            index = text.index(after: index)
            digits()
        }
        guard sawDigit else { return false }
        if index < text.endIndex, text[index] == "e" || text[index] == "E" {
            index = text.index(after: index)
            if index < text.endIndex, text[index] == "+" || text[index] == "-" { index = text.index(after: index) }
            sawDigit = false
            digits()
            guard sawDigit else { return false }
        }
        return index == text.endIndex
    }
}
