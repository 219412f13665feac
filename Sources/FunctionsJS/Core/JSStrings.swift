/// String helpers that count in UTF-16 code units, as JavaScript strings do.
enum JSStrings {
    /// The code unit at `index` as a one-unit string (a lone surrogate half cannot be a Swift string, so it
    /// reads as U+FFFD), or nil past the end.
    static func codeUnit(of string: String, at index: Int) -> String? {
        let units = string.utf16
        guard index >= 0, index < units.count else { return nil }
        let unit = units[units.index(units.startIndex, offsetBy: index)]
        return String(decoding: [unit], as: UTF16.self)
    }

    /// The code units of `string` in `start..<end` (clamped), as a string.
    static func slice(_ string: String, _ start: Int, _ end: Int) -> String {
        let units = Array(string.utf16)
        let lower = max(0, min(start, units.count))
        let upper = max(lower, min(end, units.count))
        return String(decoding: units[lower..<upper], as: UTF16.self)
    }

    /// The string's characters as `for…of` visits them: one string per code point.
    static func codePoints(_ string: String) -> [String] {
        string.unicodeScalars.map { String($0) }
    }

    /// Whether a scalar is JavaScript WhiteSpace or LineTerminator.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            true
        default:
            false
        }
    }

    /// `trim`, `trimStart`, `trimEnd`.
    static func trim(_ string: String, start: Bool, end: Bool) -> String {
        var scalars = Substring(string).unicodeScalars[...]
        if start { scalars = scalars.drop(while: isWhitespace) }
        if end {
            while let last = scalars.last, isWhitespace(last) { scalars = scalars.dropLast() }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Compares by UTF-16 code units: negative, zero or positive.
    static func compare(_ lhs: String, _ rhs: String) -> Int {
        var left = lhs.utf16.makeIterator()
        var right = rhs.utf16.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let l?, let r?):
                if l != r { return l < r ? -1 : 1 }
            }
        }
    }

    /// The UTF-16 offset of `needle` in `haystack` at or after `from`, or nil.
    static func indexOf(_ haystack: [UInt16], _ needle: [UInt16], from: Int) -> Int? {
        let start = max(0, from)
        guard needle.count <= haystack.count else { return nil }
        if needle.isEmpty { return min(start, haystack.count) }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The UTF-16 offset of the last `needle` in `haystack` at or before `from`, or nil.
    static func lastIndexOf(_ haystack: [UInt16], _ needle: [UInt16], from: Int) -> Int? {
        guard needle.count <= haystack.count else { return nil }
        var index = min(from, haystack.count - needle.count)
        while index >= 0 {
            if haystack[index..<index + needle.count].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
