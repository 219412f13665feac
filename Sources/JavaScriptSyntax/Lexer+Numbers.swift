extension Lexer {
    /// Scans a number literal: decimal (`1_000`, `.5`, `1e-3`), `0x`, `0o`, `0b`, legacy octal `017`, or a BigInt `10n`.
    mutating func scanNumber(from mark: Mark) throws(SyntaxError) {
        var value: Double
        if peek() == "0", let prefix = peek(1), let radix = Self.radix(of: prefix) {
            advance()
            advance()
            value = try scanDigits(radix: radix, from: mark)
        } else if peek() == "0", let next = peek(1), Self.isDigit(next) {
            advance()
            let digits = try scanDecimalDigits(from: mark)
            let isOctal = digits.unicodeScalars.allSatisfy { $0 < "8" }
            value = isOctal ? digits.unicodeScalars.reduce(0) { $0 * 8 + Double($1.value - 48) } : Double(digits) ?? 0
        } else {
            var literal = try scanDecimalDigits(from: mark)
            if peek() == "." {
                advance()
                let fraction = try scanDecimalDigits(from: mark)
                if !fraction.isEmpty { literal += "." + fraction }
            }
            if peek() == "e" || peek() == "E" {
                advance()
                literal += "e"
                if let sign = peek(), sign == "+" || sign == "-" {
                    advance()
                    literal.unicodeScalars.append(sign)
                }
                let exponent = try scanDecimalDigits(from: mark)
                guard !exponent.isEmpty else { throw error("invalid number '\(text(from: mark))': the exponent has no digits", at: mark) }
                literal += exponent
            }
            if literal.hasPrefix(".") || literal.hasPrefix("e") { literal = "0" + literal }
            value = Double(literal) ?? 0
        }
        var kind = Token.Kind.number
        if peek() == "n" {
            advance()
            kind = .bigint
        }
        if let next = peek(), Self.isIdentifierPart(next) {
            throw error("invalid number '\(text(from: mark))': a name or digit follows it directly", at: mark)
        }
        emit(kind, from: mark, number: value)
    }

    static func radix(of prefix: Unicode.Scalar) -> Double? {
        switch prefix {
        case "x", "X": 16
        case "o", "O": 8
        case "b", "B": 2
        default: nil
        }
    }

    /// Digits of `radix` with `_` separators, as a value.
    mutating func scanDigits(radix: Double, from mark: Mark) throws(SyntaxError) -> Double {
        var value = 0.0
        var count = 0
        var lastWasSeparator = false
        while let scalar = peek() {
            if scalar == "_" {
                guard count > 0, !lastWasSeparator else { break }
                lastWasSeparator = true
                advance()
                continue
            }
            guard let digit = Self.hexValue(scalar), Double(digit) < radix else { break }
            value = value * radix + Double(digit)
            count += 1
            lastWasSeparator = false
            advance()
        }
        guard count > 0, !lastWasSeparator else {
            throw error("invalid number '\(text(from: mark))': digits are missing", at: mark)
        }
        return value
    }

    /// Decimal digits with `_` separators removed (possibly none).
    mutating func scanDecimalDigits(from mark: Mark) throws(SyntaxError) -> String {
        var digits = ""
        var lastWasSeparator = false
        while let scalar = peek() {
            if scalar == "_" {
                guard !digits.isEmpty, !lastWasSeparator, peek(1).map(Self.isDigit) == true else {
                    advance()
                    throw error("invalid number '\(text(from: mark))': '_' is only allowed between digits", at: mark)
                }
                lastWasSeparator = true
                advance()
                continue
            }
            guard Self.isDigit(scalar) else { break }
            digits.unicodeScalars.append(scalar)
            lastWasSeparator = false
            advance()
        }
        return digits
    }
}
