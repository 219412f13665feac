import Foundation

extension JSBuiltins {
    /// `String.prototype`'s methods; `this` is converted with ToString, indexes count UTF-16 code units.
    static let stringMethods: [String: JSBuiltinMethod] = [
        "toLowerCase": JSBuiltinMethod(0) { this, _ in .string(this.toString.lowercased()) },
        "toUpperCase": JSBuiltinMethod(0) { this, _ in .string(this.toString.uppercased()) },
        "toLocaleLowerCase": JSBuiltinMethod(0) { this, _ in .string(this.toString.lowercased()) },
        "toLocaleUpperCase": JSBuiltinMethod(0) { this, _ in .string(this.toString.uppercased()) },
        "trim": JSBuiltinMethod(0) { this, _ in .string(JSStrings.trim(this.toString, start: true, end: true)) },
        "trimStart": JSBuiltinMethod(0) { this, _ in .string(JSStrings.trim(this.toString, start: true, end: false)) },
        "trimEnd": JSBuiltinMethod(0) { this, _ in .string(JSStrings.trim(this.toString, start: false, end: true)) },
        "trimLeft": JSBuiltinMethod(0) { this, _ in .string(JSStrings.trim(this.toString, start: true, end: false)) },
        "trimRight": JSBuiltinMethod(0) { this, _ in .string(JSStrings.trim(this.toString, start: false, end: true)) },
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
        "valueOf": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
        "includes": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let search = try searchString(arguments.argument(0), method: "includes")
            let start = arguments.argument(1).relativeIndex(length: units.count, default: 0)
            return .bool(JSStrings.indexOf(units, search, from: max(0, start)) != nil)
        },
        "startsWith": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let search = try searchString(arguments.argument(0), method: "startsWith")
            let start = arguments.argument(1).clampedInteger(0...units.count)
            return .bool(start + search.count <= units.count && units[start..<start + search.count].elementsEqual(search))
        },
        "endsWith": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let search = try searchString(arguments.argument(0), method: "endsWith")
            let end = arguments.argument(1).isUndefined ? units.count : arguments.argument(1).clampedInteger(0...units.count)
            let start = end - search.count
            return .bool(start >= 0 && units[start..<end].elementsEqual(search))
        },
        "indexOf": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let search = Array(arguments.argument(0).toString.utf16)
            let start = arguments.argument(1).clampedInteger(0...units.count)
            return .number(Double(JSStrings.indexOf(units, search, from: start) ?? -1))
        },
        "lastIndexOf": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let search = Array(arguments.argument(0).toString.utf16)
            let position = arguments.argument(1).toNumber
            let start = position.isNaN ? units.count : arguments.argument(1).clampedInteger(0...units.count)
            return .number(Double(JSStrings.lastIndexOf(units, search, from: start) ?? -1))
        },
        "slice": JSBuiltinMethod(2) { this, arguments in
            let string = this.toString
            let length = string.utf16.count
            let start = arguments[0].relativeIndex(length: length, default: 0)
            let end = arguments[1].relativeIndex(length: length, default: length)
            return .string(JSStrings.slice(string, start, end))
        },
        "substring": JSBuiltinMethod(2) { this, arguments in
            let string = this.toString
            let length = string.utf16.count
            let start = arguments[0].clampedInteger(0...length)
            let end = arguments[1].isUndefined ? length : arguments[1].clampedInteger(0...length)
            return .string(JSStrings.slice(string, min(start, end), max(start, end)))
        },
        "substr": JSBuiltinMethod(2) { this, arguments in
            let string = this.toString
            let length = string.utf16.count
            let start = arguments[0].relativeIndex(length: length, default: 0)
            let count = arguments[1].isUndefined ? length - start : arguments[1].clampedInteger(0...(length - start))
            return .string(JSStrings.slice(string, start, start + count))
        },
        "charAt": JSBuiltinMethod(1) { this, arguments in
            let index = arguments[0].toIntegerOrInfinity
            guard index >= 0, index < Double(Int.max) else { return "" }
            return .string(JSStrings.codeUnit(of: this.toString, at: Int(index)) ?? "")
        },
        "charCodeAt": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let index = arguments[0].toIntegerOrInfinity
            guard index >= 0, index < Double(units.count) else { return .number(.nan) }
            return .number(Double(units[Int(index)]))
        },
        "codePointAt": JSBuiltinMethod(1) { this, arguments in
            let units = Array(this.toString.utf16)
            let index = arguments[0].toIntegerOrInfinity
            guard index >= 0, index < Double(units.count) else { return .undefined }
            let first = units[Int(index)]
            if UTF16.isLeadSurrogate(first), Int(index) + 1 < units.count, UTF16.isTrailSurrogate(units[Int(index) + 1]) {
                let scalar = UTF16.decode(UTF16.EncodedScalar([first, units[Int(index) + 1]]))
                return .number(Double(scalar.value))
            }
            return .number(Double(first))
        },
        "at": JSBuiltinMethod(1) { this, arguments in
            let string = this.toString
            let length = string.utf16.count
            var index = arguments[0].toIntegerOrInfinity
            if index < 0 { index += Double(length) }
            guard index >= 0, index < Double(length) else { return .undefined }
            return JSStrings.codeUnit(of: string, at: Int(index)).map(JSValue.string) ?? .undefined
        },
        "concat": JSBuiltinMethod(1) { this, arguments in
            .string(arguments.reduce(this.toString) { $0 + $1.toString })
        },
        "repeat": JSBuiltinMethod(1) { this, arguments in
            let string = this.toString
            let count = arguments[0].toIntegerOrInfinity
            guard count >= 0, count.isFinite else { throw JSThrow.rangeError("Invalid count value: \(arguments[0].toString)") }
            guard count * Double(string.utf16.count) <= Double(maximumStringLength) else { throw invalidStringLength() }
            return .string(String(repeating: string, count: Int(count)))
        },
        "padStart": JSBuiltinMethod(2) { this, arguments in
            .string(try pad(this.toString, arguments[0], arguments[1], atStart: true))
        },
        "padEnd": JSBuiltinMethod(2) { this, arguments in
            .string(try pad(this.toString, arguments[0], arguments[1], atStart: false))
        },
        "localeCompare": JSBuiltinMethod(1) { this, arguments in
            let result = this.toString.compare(arguments[0].toString, locale: Locale(identifier: "en_US"))
            return .number(result == .orderedAscending ? -1 : result == .orderedSame ? 0 : 1)
        },
        "normalize": JSBuiltinMethod(0) { this, arguments in
            let string = this.toString
            switch arguments.argument(0).isUndefined ? "NFC" : arguments[0].toString {
            case "NFC": return .string(string.precomposedStringWithCanonicalMapping)
            case "NFD": return .string(string.decomposedStringWithCanonicalMapping)
            case "NFKC": return .string(string.precomposedStringWithCompatibilityMapping)
            case "NFKD": return .string(string.decomposedStringWithCompatibilityMapping)
            case let form: throw JSThrow.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD; got \(form)")
            }
        },
        "split": JSBuiltinMethod(2) { this, arguments in try split(this.toString, arguments[0], arguments[1]) },
        "replace": JSBuiltinMethod(2) { this, arguments in
            .string(try await replace(this.toString, arguments[0], arguments[1], all: false))
        },
        "replaceAll": JSBuiltinMethod(2) { this, arguments in
            if let regex = arguments[0].regexObject, regex.regex?.isGlobal != true {
                throw JSThrow.typeError("replaceAll must be called with a global RegExp")
            }
            return .string(try await replace(this.toString, arguments[0], arguments[1], all: true))
        },
        "match": JSBuiltinMethod(1) { this, arguments in try match(this.toString, arguments[0]) },
        "matchAll": JSBuiltinMethod(1) { this, arguments in try matchAll(this.toString, arguments[0]) },
        "search": JSBuiltinMethod(1) { this, arguments in
            let regex = arguments[0].regexObject?.regex ?? JSRegExp(pattern: arguments[0].isUndefined ? "(?:)" : arguments[0].toString, flags: "")
            let found = try regex.match(in: this.toString, from: 0, sticky: false)
            return .number(Double(found?.ranges.first??.lowerBound ?? -1))
        },
    ]

    private static func searchString(_ value: JSValue, method: String) throws -> [UInt16] {
        if value.regexObject != nil {
            throw JSThrow.typeError("First argument to String.prototype.\(method) must not be a regular expression")
        }
        return Array(value.toString.utf16)
    }

    private static func pad(_ string: String, _ maxLength: JSValue, _ filler: JSValue, atStart: Bool) throws -> String {
        let length = string.utf16.count
        let target = maxLength.toIntegerOrInfinity
        guard target > Double(length) else { return string }
        guard target <= Double(maximumStringLength) else { throw invalidStringLength() }
        let fill = Array((filler.isUndefined ? " " : filler.toString).utf16)
        guard !fill.isEmpty else { return string }
        let needed = Int(target) - length
        var padding: [UInt16] = []
        padding.reserveCapacity(needed)
        while padding.count < needed { padding.append(fill[padding.count % fill.count]) }
        let padText = String(decoding: padding, as: UTF16.self)
        return atStart ? padText + string : string + padText
    }
}
