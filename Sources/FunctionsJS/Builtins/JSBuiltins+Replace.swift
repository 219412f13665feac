extension JSBuiltins {
    /// `String.prototype.replace` / `replaceAll` with a string or regular-expression pattern and a string
    /// (with `$&`, `$1`, `$<name>`, …) or function replacement.
    static func replace(_ string: String, _ pattern: JSValue, _ replacement: JSValue, all: Bool) async throws -> String {
        let units = Array(string.utf16)
        var found: [(range: Range<Int>, captures: [JSValue], groups: JSValue)] = []
        if let object = pattern.regexObject, let regex = object.regex {
            if regex.isGlobal {
                for match in try allMatches(regex, in: string, length: units.count) {
                    let values = captures(match, units: units)
                    found.append((match.ranges.first.flatMap { $0 } ?? 0..<0, Array(values.dropFirst()), namedGroups(match, values: values)))
                }
                object.set("lastIndex", 0)
            } else if case .object(let array) = try exec(object, string), array.kind == .array {
                let index = Int(array.get("index").toNumber)
                let whole = array.elements.first?.toString.utf16.count ?? 0
                found.append((index..<(index + whole), Array(array.elements.dropFirst()), array.get("groups")))
            }
        } else {
            let needle = Array(pattern.toString.utf16)
            var start = 0
            while start <= units.count, let index = JSStrings.indexOf(units, needle, from: start) {
                found.append((index..<(index + needle.count), [], .undefined))
                if !all { break }
                start = needle.isEmpty ? index + 1 : index + needle.count
            }
        }
        guard !found.isEmpty else { return string }
        var output: [UInt16] = []
        var cursor = 0
        for match in found where match.range.lowerBound >= cursor {
            output += units[cursor..<match.range.lowerBound]
            let matched = String(decoding: units[match.range], as: UTF16.self)
            let piece: String
            if replacement.isCallable {
                var arguments: [JSValue] = [.string(matched)] + match.captures
                arguments += [.number(Double(match.range.lowerBound)), .string(string)]
                if !match.groups.isUndefined { arguments.append(match.groups) }
                piece = try await replacement.call(this: .undefined, arguments: arguments).toString
            } else {
                piece = substitution(
                    replacement.toString, matched: match.range, units: units, captures: match.captures, groups: match.groups)
            }
            output += Array(piece.utf16)
            guard output.count <= maximumStringLength else { throw invalidStringLength() }
            cursor = match.range.upperBound
        }
        output += units[cursor...]
        return String(decoding: output, as: UTF16.self)
    }

    /// GetSubstitution: expands `$$`, `$&`, `` $` ``, `$'`, `$1`…`$99` and `$<name>` in a replacement string.
    static func substitution(_ template: String, matched: Range<Int>, units: [UInt16], captures: [JSValue], groups: JSValue) -> String {
        guard template.contains("$") else { return template }
        let source = Array(template.utf16)
        var output: [UInt16] = []
        var index = 0
        func digit(_ at: Int) -> Int? {
            guard at < source.count, source[at] >= 0x30, source[at] <= 0x39 else { return nil }
            return Int(source[at] - 0x30)
        }
        func captureUnits(_ number: Int) -> [UInt16] {
            let capture = captures[number - 1]
            return capture.isUndefined ? [] : Array(capture.toString.utf16)
        }
        while index < source.count {
            let unit = source[index]
            guard unit == 0x24, index + 1 < source.count else {
                output.append(unit)
                index += 1
                continue
            }
            let next = source[index + 1]
            switch next {
            case 0x24:
                output.append(0x24)
                index += 2
            case 0x26:
                output += units[matched]
                index += 2
            case 0x60:
                output += units[..<matched.lowerBound]
                index += 2
            case 0x27:
                output += units[min(matched.upperBound, units.count)...]
                index += 2
            case 0x3C where !groups.isUndefined:
                if let close = source[(index + 2)...].firstIndex(of: 0x3E) {
                    let name = String(decoding: source[(index + 2)..<close], as: UTF16.self)
                    let value = groups.get(name)
                    if !value.isUndefined { output += Array(value.toString.utf16) }
                    index = close + 1
                } else {
                    output += [0x24, 0x3C]
                    index += 2
                }
            default:
                if let first = digit(index + 1) {
                    if let second = digit(index + 2), first * 10 + second >= 1, first * 10 + second <= captures.count {
                        output += captureUnits(first * 10 + second)
                        index += 3
                    } else if first >= 1, first <= captures.count {
                        output += captureUnits(first)
                        index += 2
                    } else {
                        output.append(0x24)
                        index += 1
                    }
                } else {
                    output.append(0x24)
                    index += 1
                }
            }
        }
        return String(decoding: output, as: UTF16.self)
    }
}
