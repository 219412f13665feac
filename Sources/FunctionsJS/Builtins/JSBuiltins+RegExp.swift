extension JSBuiltins {
    /// `RegExp.prototype`'s methods.
    static let regexMethods: [String: JSBuiltinMethod] = [
        "exec": JSBuiltinMethod(1) { this, arguments in
            guard let object = this.regexObject else { throw JSThrow.typeError("RegExp.prototype.exec called on a non-RegExp") }
            return try exec(object, arguments[0].toString)
        },
        "test": JSBuiltinMethod(1) { this, arguments in
            guard let object = this.regexObject else { throw JSThrow.typeError("RegExp.prototype.test called on a non-RegExp") }
            return .bool(!(try exec(object, arguments[0].toString)).isNullish)
        },
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
    ]

    /// RegExpBuiltinExec: honours `lastIndex` for global and sticky expressions.
    static func exec(_ object: JSObject, _ string: String) throws -> JSValue {
        guard let regex = object.regex else { return .null }
        let units = Array(string.utf16)
        let usesLastIndex = regex.isGlobal || regex.isSticky
        let lastIndex = usesLastIndex ? object.get("lastIndex").toIntegerOrInfinity : 0
        guard lastIndex <= Double(units.count),
            let found = try regex.match(in: string, from: Int(max(0, lastIndex)), sticky: regex.isSticky),
            let whole = found.ranges.first ?? nil
        else {
            if usesLastIndex { object.set("lastIndex", 0) }
            return .null
        }
        if usesLastIndex { object.set("lastIndex", .number(Double(whole.upperBound))) }
        return matchArray(found, units: units, input: string)
    }

    /// The array `exec` returns: the match and its groups, with `index`, `input` and `groups`.
    static func matchArray(_ found: JSRegExp.Match, units: [UInt16], input: String) -> JSValue {
        let values = captures(found, units: units)
        let result = JSObject(array: values)
        result.define("index", .number(Double(found.ranges.first??.lowerBound ?? 0)))
        result.define("input", .string(input))
        result.define("groups", namedGroups(found, values: values))
        return .object(result)
    }

    static func captures(_ found: JSRegExp.Match, units: [UInt16]) -> [JSValue] {
        found.ranges.map { range in
            guard let range, range.upperBound <= units.count else { return .undefined }
            return .string(String(decoding: units[range], as: UTF16.self))
        }
    }

    static func namedGroups(_ found: JSRegExp.Match, values: [JSValue]) -> JSValue {
        guard !found.names.isEmpty else { return .undefined }
        let groups = JSObject()
        for (name, index) in found.names { groups.set(name, index < values.count ? values[index] : .undefined) }
        return .object(groups)
    }

    /// All matches from the start (empty matches advance one code unit), as `replace` and `match` with `g` see them.
    static func allMatches(_ regex: JSRegExp, in string: String, length: Int) throws -> [JSRegExp.Match] {
        var matches: [JSRegExp.Match] = []
        var position = 0
        while position <= length, let found = try regex.match(in: string, from: position, sticky: regex.isSticky),
            let whole = found.ranges.first ?? nil
        {
            matches.append(found)
            position = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
        }
        return matches
    }

    /// `String.prototype.match`.
    static func match(_ string: String, _ pattern: JSValue) throws -> JSValue {
        let object = pattern.regexObject ?? JSObject(regex: JSRegExp(pattern: pattern.isUndefined ? "(?:)" : pattern.toString, flags: ""))
        guard let regex = object.regex, regex.isGlobal else { return try exec(object, string) }
        let units = Array(string.utf16)
        let found = try allMatches(regex, in: string, length: units.count)
        object.set("lastIndex", 0)
        guard !found.isEmpty else { return .null }
        return .array(found.map { captures($0, units: units).first ?? .undefined })
    }

    /// `String.prototype.matchAll`, as an array of `exec` results.
    static func matchAll(_ string: String, _ pattern: JSValue) throws -> JSValue {
        let regex: JSRegExp
        if let object = pattern.regexObject, let compiled = object.regex {
            guard compiled.isGlobal else { throw JSThrow.typeError("String.prototype.matchAll called with a non-global RegExp argument") }
            regex = compiled
        } else {
            regex = JSRegExp(pattern: pattern.isUndefined ? "(?:)" : pattern.toString, flags: "g")
        }
        let units = Array(string.utf16)
        return .array(try allMatches(regex, in: string, length: units.count).map { matchArray($0, units: units, input: string) })
    }

    /// `String.prototype.split` with a string or regular-expression separator and an optional limit.
    static func split(_ string: String, _ separator: JSValue, _ limitValue: JSValue) throws -> JSValue {
        let limit = limitValue.isUndefined ? Int(UInt32.max) : Int(limitValue.toUInt32)
        guard limit > 0 else { return .array([]) }
        if separator.isUndefined { return .array([.string(string)]) }
        let units = Array(string.utf16)
        var parts: [JSValue] = []
        func text(_ range: Range<Int>) -> JSValue { .string(String(decoding: units[range], as: UTF16.self)) }
        if let regex = separator.regexObject?.regex {
            if units.isEmpty {
                return .array(try regex.match(in: string, from: 0, sticky: true) == nil ? [.string(string)] : [])
            }
            var start = 0
            var position = 0
            while position < units.count {
                guard let found = try regex.match(in: string, from: position, sticky: false), let whole = found.ranges.first ?? nil,
                    whole.lowerBound < units.count
                else { break }
                let end = min(whole.upperBound, units.count)
                if end == start {
                    position = whole.lowerBound + 1
                    continue
                }
                parts.append(text(start..<whole.lowerBound))
                if parts.count == limit { return .array(parts) }
                for capture in captures(found, units: units).dropFirst() {
                    parts.append(capture)
                    if parts.count == limit { return .array(parts) }
                }
                start = end
                position = start
            }
            parts.append(text(start..<units.count))
            return .array(Array(parts.prefix(limit)))
        }
        let needle = Array(separator.toString.utf16)
        if needle.isEmpty {
            return .array(units.prefix(limit).map { .string(String(decoding: [$0], as: UTF16.self)) })
        }
        var start = 0
        while let found = JSStrings.indexOf(units, needle, from: start) {
            parts.append(text(start..<found))
            if parts.count == limit { return .array(parts) }
            start = found + needle.count
        }
        parts.append(text(start..<units.count))
        return .array(parts)
    }
}
