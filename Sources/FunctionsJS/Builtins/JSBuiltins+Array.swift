extension JSBuiltins {
    /// `Array.prototype`'s methods that take no callback.
    static let arrayMethods: [String: JSBuiltinMethod] = arrayBasicMethods.merging(arrayCallbackMethods) { first, _ in first }

    static let arrayBasicMethods: [String: JSBuiltinMethod] = [
        "push": JSBuiltinMethod(1) { this, arguments in
            let array = try arrayThis(this, "push")
            array.elements += arguments
            return .number(Double(array.elements.count))
        },
        "pop": JSBuiltinMethod(0) { this, _ in
            try arrayThis(this, "pop").elements.popLast() ?? .undefined
        },
        "shift": JSBuiltinMethod(0) { this, _ in
            let array = try arrayThis(this, "shift")
            return array.elements.isEmpty ? .undefined : array.elements.removeFirst()
        },
        "unshift": JSBuiltinMethod(1) { this, arguments in
            let array = try arrayThis(this, "unshift")
            array.elements.insert(contentsOf: arguments, at: 0)
            return .number(Double(array.elements.count))
        },
        "slice": JSBuiltinMethod(2) { this, arguments in
            let elements = try arrayThis(this, "slice").elements
            let start = arguments[0].relativeIndex(length: elements.count, default: 0)
            let end = arguments[1].relativeIndex(length: elements.count, default: elements.count)
            return .array(start < end ? Array(elements[start..<end]) : [])
        },
        // Declared with no parameters so `splice(1)` and `splice(1, undefined)` stay distinguishable.
        "splice": JSBuiltinMethod(0) { this, arguments in
            let array = try arrayThis(this, "splice")
            let length = array.elements.count
            let start = arguments.argument(0).relativeIndex(length: length, default: 0)
            let deleteCount: Int
            if arguments.isEmpty {
                deleteCount = 0
            } else if arguments.count == 1 {
                deleteCount = length - start
            } else {
                deleteCount = arguments[1].clampedInteger(0...(length - start))
            }
            let removed = Array(array.elements[start..<start + deleteCount])
            array.elements.replaceSubrange(start..<start + deleteCount, with: arguments.dropFirst(2))
            return .array(removed)
        },
        "concat": JSBuiltinMethod(1) { this, arguments in
            var elements = try arrayThis(this, "concat").elements
            for argument in arguments {
                if case .object(let other) = argument, other.kind == .array {
                    elements += other.elements
                } else {
                    elements.append(argument)
                }
            }
            return .array(elements)
        },
        "join": JSBuiltinMethod(1) { this, arguments in
            let array = try arrayThis(this, "join")
            let separator = arguments[0].isUndefined ? "," : arguments[0].toString
            return .string(join(array, separator: separator))
        },
        "toString": JSBuiltinMethod(0) { this, _ in .string(this.toString) },
        "indexOf": JSBuiltinMethod(1) { this, arguments in
            let elements = try arrayThis(this, "indexOf").elements
            let start = arguments.argument(1).relativeIndex(length: elements.count, default: 0)
            let index = elements[start...].firstIndex { $0.strictlyEquals(arguments[0]) }
            return .number(Double(index ?? -1))
        },
        "lastIndexOf": JSBuiltinMethod(1) { this, arguments in
            let elements = try arrayThis(this, "lastIndexOf").elements
            guard !elements.isEmpty else { return -1 }
            var end = elements.count - 1
            if arguments.count > 1 {
                let from = arguments[1].toIntegerOrInfinity
                end = from < 0 ? Int(max(-1, Double(elements.count) + max(from, -Double(elements.count) - 1))) : Int(min(from, Double(end)))
            }
            guard end >= 0 else { return -1 }
            let index = elements[...end].lastIndex { $0.strictlyEquals(arguments[0]) }
            return .number(Double(index ?? -1))
        },
        "includes": JSBuiltinMethod(1) { this, arguments in
            let elements = try arrayThis(this, "includes").elements
            let start = arguments.argument(1).relativeIndex(length: elements.count, default: 0)
            return .bool(elements[start...].contains { $0.sameValueZero(arguments[0]) })
        },
        "reverse": JSBuiltinMethod(0) { this, _ in
            let array = try arrayThis(this, "reverse")
            array.elements.reverse()
            return this
        },
        "at": JSBuiltinMethod(1) { this, arguments in
            let elements = try arrayThis(this, "at").elements
            var index = arguments[0].toIntegerOrInfinity
            if index < 0 { index += Double(elements.count) }
            guard index >= 0, index < Double(elements.count) else { return .undefined }
            return elements[Int(index)]
        },
        "fill": JSBuiltinMethod(1) { this, arguments in
            let array = try arrayThis(this, "fill")
            let length = array.elements.count
            let start = arguments.argument(1).relativeIndex(length: length, default: 0)
            let end = arguments.argument(2).relativeIndex(length: length, default: length)
            if start < end { array.elements.replaceSubrange(start..<end, with: repeatElement(arguments[0], count: end - start)) }
            return this
        },
        "flat": JSBuiltinMethod(0) { this, arguments in
            let elements = try arrayThis(this, "flat").elements
            let depth = arguments.argument(0).isUndefined ? 1 : arguments[0].clampedInteger(0...10_000)
            return .array(flatten(elements, depth: depth))
        },
        "keys": JSBuiltinMethod(0) { this, _ in
            .array((0..<(try arrayThis(this, "keys").elements.count)).map { .number(Double($0)) })
        },
        "values": JSBuiltinMethod(0) { this, _ in .array(try arrayThis(this, "values").elements) },
        "entries": JSBuiltinMethod(0) { this, _ in
            .array(try arrayThis(this, "entries").elements.enumerated().map { .array([.number(Double($0.offset)), $0.element]) })
        },
    ]

    static func arrayThis(_ this: JSValue, _ method: String) throws -> JSObject {
        guard case .object(let object) = this, object.kind == .array else {
            throw JSThrow.typeError("Array.prototype.\(method) called on \(this.debugName), which is not an array")
        }
        return object
    }

    static func join(_ array: JSObject, separator: String) -> String {
        array.elements.map { element in
            switch element {
            case .undefined, .null: ""
            default: element.toString
            }
        }.joined(separator: separator)
    }

    static func flatten(_ elements: [JSValue], depth: Int) -> [JSValue] {
        var output: [JSValue] = []
        for element in elements {
            if depth > 0, case .object(let inner) = element, inner.kind == .array {
                output += flatten(inner.elements, depth: depth - 1)
            } else {
                output.append(element)
            }
        }
        return output
    }
}
