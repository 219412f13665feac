extension String {
    /// ASCII case-insensitive equality, as header names compare, without allocating.
    public func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var lhs = self
        var rhs = other
        return lhs.withUTF8 { lhs in
            rhs.withUTF8 { rhs in
                for index in lhs.indices where Self.asciiLower(lhs[index]) != Self.asciiLower(rhs[index]) { return false }
                return true
            }
        }
    }

    /// Whether the text contains `needle` (lower-case ASCII), ignoring ASCII case, without allocating.
    public func containsCaseInsensitive(_ needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { haystack in
            needle.withUTF8 { needle in
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) {
                    var offset = 0
                    while offset < needle.count, Self.asciiLower(haystack[start + offset]) == Self.asciiLower(needle[offset]) {
                        offset += 1
                    }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }

    private static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
