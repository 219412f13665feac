import JavaScriptSyntax

/// The lines of a JavaScript file: which hold code, and the comments above a statement.
struct SourceLines {
    /// The file's lines; `lines[0]` is line 1.
    let lines: [String]
    /// The 1-based lines with code on them (not blank, not only a comment).
    let codeLines: Set<Int>
    private let utf8: [UInt8]

    init(_ source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.hasSuffix("\r") ? $0.dropLast() : $0)
        }
        utf8 = Array(source.utf8)
        codeLines = Self.scanCodeLines(utf8)
    }

    /// The JavaScript of `range`, one entry a line: the first trimmed, the others without trailing blanks.
    func text(of range: SourceRange) -> [String] {
        let start = min(max(range.start, 0), utf8.count)
        let end = min(max(range.end, start), utf8.count)
        let text = String(decoding: utf8[start..<end], as: UTF8.self)
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map { trimmingTrailing(String($0)) }
        guard let first = parts.first else { return [] }
        return [first.trimmingLeading()] + parts.dropFirst()
    }

    /// The last line `range` covers.
    func lastLine(of range: SourceRange) -> Int {
        let start = min(max(range.start, 0), utf8.count)
        let end = min(max(range.end, start), utf8.count)
        return range.line + utf8[start..<end].count(where: { $0 == UInt8(ascii: "\n") })
    }

    /// The comment lines right above `line` (no blank line between), as Swift `//` comments.
    func comments(above line: Int) -> [String] {
        var collected: [String] = []
        var current = line - 1
        while current >= 1, current <= lines.count, !codeLines.contains(current) {
            let text = lines[current - 1].trimmingLeading()
            if text.isEmpty { break }
            collected.append(text)
            current -= 1
        }
        return collected.reversed().compactMap { text in
            if text.hasPrefix("//") { return text }
            var body = Substring(text)
            if body.hasSuffix("*/") { body = body.dropLast(2) }
            if body.hasPrefix("/*") { body = body.dropFirst(2) }
            while body.hasPrefix("*") { body = body.dropFirst() }
            let trimmed = trimmingTrailing(String(body)).trimmingLeading()
            return trimmed.isEmpty ? nil : "// " + trimmed
        }
    }

    private func trimmingTrailing(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
        return String(result)
    }

    /// Marks every line where a character outside a comment appears (string and template contents count).
    private static func scanCodeLines(_ bytes: [UInt8]) -> Set<Int> {
        enum State { case code, lineComment, blockComment, quoted(UInt8) }
        var state = State.code
        var line = 1
        var result: Set<Int> = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let next = index + 1 < bytes.count ? bytes[index + 1] : 0
            if byte == UInt8(ascii: "\n") {
                line += 1
                if case .lineComment = state { state = .code }
                if case .quoted(let quote) = state, quote != UInt8(ascii: "`") { state = .code }
                index += 1
                continue
            }
            switch state {
            case .code:
                if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
                    state = .lineComment
                    index += 1
                } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
                    state = .blockComment
                    index += 1
                } else if [34, 39, 96].contains(byte) {
                    state = .quoted(byte)
                    result.insert(line)
                } else if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\r") {
                    result.insert(line)
                }
            case .lineComment:
                break
            case .blockComment:
                if byte == UInt8(ascii: "*"), next == UInt8(ascii: "/") {
                    state = .code
                    index += 1
                }
            case .quoted(let quote):
                result.insert(line)
                if byte == UInt8(ascii: "\\"), next != UInt8(ascii: "\n") {
                    index += 1
                } else if byte == quote {
                    state = .code
                }
            }
            index += 1
        }
        return result
    }
}

extension String {
    fileprivate func trimmingLeading() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }
}
