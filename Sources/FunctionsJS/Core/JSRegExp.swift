import Foundation

/// A compiled JavaScript regular expression (ICU underneath, with JavaScript's `$`, `[^]` and flags).
final class JSRegExp {
    /// One successful match: UTF-16 ranges of the whole match and each group (nil when a group took no part).
    struct Match {
        var ranges: [Range<Int>?]
        var names: [(String, Int)]
    }

    let pattern: String
    let flags: String
    private let compiled: NSRegularExpression?
    private let groupNames: [(String, Int)]
    /// Why the pattern or flags were refused, when they were.
    let compileError: String?

    init(pattern: String, flags: String) {
        self.pattern = pattern
        self.flags = flags
        // ICU refuses an empty pattern; JavaScript's `new RegExp("")` matches the empty string.
        let (translated, names) = Self.translate(pattern.isEmpty ? "(?:)" : pattern, multiline: flags.contains("m"))
        groupNames = names
        var options: NSRegularExpression.Options = []
        if flags.contains("i") { options.insert(.caseInsensitive) }
        if flags.contains("m") { options.insert(.anchorsMatchLines) }
        if flags.contains("s") { options.insert(.dotMatchesLineSeparators) }
        let validFlags = Set("dgimsuyv")
        if flags.contains(where: { !validFlags.contains($0) }) || Set(flags).count != flags.count {
            compiled = nil
            compileError = "Invalid flags supplied to RegExp constructor '\(flags)'"
            return
        }
        do {
            compiled = try NSRegularExpression(pattern: translated, options: options)
            compileError = nil
        } catch {
            compiled = nil
            compileError = "Invalid regular expression: /\(pattern)/\(flags): Invalid pattern"
        }
    }

    var isGlobal: Bool { flags.contains("g") }
    var isSticky: Bool { flags.contains("y") }

    /// The first match starting at or after UTF-16 offset `start` (exactly at it when `sticky`).
    func match(in string: String, from start: Int, sticky: Bool) throws -> Match? {
        guard let compiled else { throw JSThrow.error("SyntaxError", compileError ?? "Invalid regular expression") }
        let length = string.utf16.count
        guard start >= 0, start <= length else { return nil }
        let options: NSRegularExpression.MatchingOptions = sticky ? [.anchored, .withoutAnchoringBounds] : [.withoutAnchoringBounds]
        guard let result = compiled.firstMatch(in: string, options: options, range: NSRange(location: start, length: length - start))
        else { return nil }
        var ranges: [Range<Int>?] = []
        for group in 0..<result.numberOfRanges {
            let range = result.range(at: group)
            ranges.append(range.location == NSNotFound ? nil : range.location..<(range.location + range.length))
        }
        return Match(ranges: ranges, names: groupNames.filter { $0.1 < ranges.count })
    }

    /// Rewrites the JavaScript-only parts of a pattern for ICU: `$` outside multiline mode matches only at the very
    /// end, `[^]` is any character; also collects named groups in order.
    static func translate(_ pattern: String, multiline: Bool) -> (String, [(String, Int)]) {
        var output = ""
        var names: [(String, Int)] = []
        var groups = 0
        var inClass = false
        var iterator = Array(pattern).makeIterator()
        while let character = iterator.next() {
            if character == "\\" {
                output.append(character)
                if let next = iterator.next() { output.append(next) }
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
                output.append(character)
                continue
            }
            switch character {
            case "[":
                var lookahead = iterator
                if lookahead.next() == "^", lookahead.next() == "]" {
                    iterator = lookahead
                    output += "[\\s\\S]"
                } else {
                    inClass = true
                    output.append(character)
                }
            case "$" where !multiline:
                output += "(?!(?s:.))"
            case "(":
                output.append(character)
                var lookahead = iterator
                switch lookahead.next() {
                case "?":
                    guard lookahead.next() == "<" else { break }
                    var name = ""
                    while let next = lookahead.next(), next != ">" { name.append(next) }
                    if let first = name.first, first != "=", first != "!" {
                        groups += 1
                        names.append((name, groups))
                    }
                default:
                    groups += 1
                }
            default:
                output.append(character)
            }
        }
        return (output, names)
    }
}
