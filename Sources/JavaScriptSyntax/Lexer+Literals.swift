extension Lexer {
    /// Scans `'...'` or `"..."`, decoding its escapes.
    mutating func scanString(from mark: Mark) throws(SyntaxError) {
        guard let quote = peek() else { return }
        advance()
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek(), scalar != "\n", scalar != "\r" else {
                throw error("unterminated string literal: the \(quote) opened here is not closed on its line", at: mark)
            }
            if scalar == quote {
                advance()
                break
            }
            if scalar == "\\" {
                try scanEscape(into: &value, template: false)
            } else {
                value.append(scalar)
                advance()
            }
        }
        emit(.string, from: mark, value: String(value))
    }

    /// Scans a template piece after its opening `` ` `` or `}` up to `` ` `` or `${`.
    mutating func scanTemplate(from mark: Mark, opening: Bool) throws(SyntaxError) {
        var value = String.UnicodeScalarView()
        while true {
            guard let scalar = peek() else {
                throw error("unterminated template literal: the ` is not closed", at: mark)
            }
            if scalar == "`" {
                advance()
                emit(.template(opening ? .whole : .tail), from: mark, value: String(value))
                return
            }
            if scalar == "$" && peek(1) == "{" {
                advance()
                advance()
                braces.append(true)
                emit(.template(opening ? .head : .middle), from: mark, value: String(value))
                return
            }
            if scalar == "\\" {
                try scanEscape(into: &value, template: true)
            } else if scalar == "\r" {
                // Template literals read CR LF and CR as LF.
                advance()
                if peek() == "\n" { advance() }
                value.append("\n")
            } else {
                value.append(scalar)
                advance()
            }
        }
    }

    /// Decodes one escape sequence starting at `\`.
    mutating func scanEscape(into value: inout String.UnicodeScalarView, template: Bool) throws(SyntaxError) {
        let mark = here
        advance()
        guard let scalar = peek() else { return }
        advance()
        switch scalar {
        case "n": value.append("\n")
        case "t": value.append("\t")
        case "r": value.append("\r")
        case "b": value.append("\u{08}")
        case "f": value.append("\u{0C}")
        case "v": value.append("\u{0B}")
        case "\r":
            if peek() == "\n" { advance() }
        case "\n", "\u{2028}", "\u{2029}":
            break
        case "x":
            let code = try scanHexDigits(count: 2, mark: mark)
            value.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        case "u":
            let code = try scanUnicodeEscape(mark: mark)
            // A surrogate pair written as two escapes is one character.
            if (0xD800..<0xDC00).contains(code), peek() == "\\", peek(1) == "u" {
                let saved = here
                advance()
                advance()
                if let low = try? scanUnicodeEscape(mark: mark), (0xDC00..<0xE000).contains(low) {
                    value.append(Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}")
                    return
                }
                restore(saved)
            }
            value.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        case "0" where !(peek().map(Self.isDigit) ?? false):
            value.append("\u{0}")
        case "0"..."7":
            guard !template else { throw error("octal escape sequences are not allowed in template literals", at: mark) }
            var code = scalar.value - 48
            while code < 32, let next = peek(), next >= "0", next <= "7" {
                code = code * 8 + next.value - 48
                advance()
            }
            value.append(Unicode.Scalar(code) ?? "\u{FFFD}")
        default:
            value.append(scalar)
        }
    }

    mutating func restore(_ mark: Mark) {
        index = mark.index
        offset = mark.offset
        line = mark.line
        column = mark.column
    }

    /// The code of `\uXXXX` or `\u{X…}` after its `u`.
    mutating func scanUnicodeEscape(mark: Mark) throws(SyntaxError) -> UInt32 {
        guard peek() == "{" else { return try scanHexDigits(count: 4, mark: mark) }
        advance()
        var code: UInt32 = 0
        var count = 0
        while let scalar = peek(), let digit = Self.hexValue(scalar) {
            code = code * 16 + digit
            count += 1
            advance()
            guard code <= 0x10FFFF else { throw error("invalid Unicode escape: beyond U+10FFFF", at: mark) }
        }
        guard count > 0, peek() == "}" else { throw error("invalid Unicode escape: expected hex digits and '}' in '\\u{…}'", at: mark) }
        advance()
        return code
    }

    mutating func scanHexDigits(count: Int, mark: Mark) throws(SyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<count {
            guard let scalar = peek(), let digit = Self.hexValue(scalar) else {
                throw error("invalid escape sequence: expected \(count) hex digits", at: mark)
            }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    /// Scans `/pattern/flags`; the pattern is kept as written.
    mutating func scanRegex(from mark: Mark) throws(SyntaxError) {
        advance()
        var inClass = false
        let patternStart = here
        while true {
            guard let scalar = peek(), !Self.isLineTerminator(scalar) else {
                throw error("unterminated regular expression literal", at: mark)
            }
            if scalar == "\\" {
                advance()
                if let next = peek(), !Self.isLineTerminator(next) { advance() }
                continue
            }
            if scalar == "/" && !inClass { break }
            if scalar == "[" { inClass = true }
            if scalar == "]" { inClass = false }
            advance()
        }
        let pattern = text(from: patternStart)
        advance()
        let flagsStart = here
        scanIdentifier()
        emit(.regex, from: mark, value: pattern, flags: text(from: flagsStart))
    }
}
