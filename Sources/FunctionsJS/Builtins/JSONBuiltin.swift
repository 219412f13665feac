import TwilioWire

/// `JSON.stringify` and `JSON.parse`, printing exactly what V8 prints.
enum JSONBuiltin {
    /// `JSON.stringify(value, replacer, space)`; nil where JavaScript returns `undefined`.
    static func stringify(_ value: JSValue, replacer: JSValue = .undefined, space: JSValue = .undefined) async throws -> String? {
        var state = State()
        if replacer.isCallable {
            state.replacer = replacer
        } else if case .object(let list) = replacer, list.kind == .array {
            var keys: [String] = []
            for item in list.elements {
                let key: String?
                switch item {
                case .string(let string): key = string
                case .number: key = item.toString
                case .object(let boxed) where boxed.nativeValue is JSBoxedPrimitive: key = item.toString
                default: key = nil
                }
                if let key, !keys.contains(key) { keys.append(key) }
            }
            state.propertyList = keys
        }
        switch space.toPrimitive() {
        case .number(let count): state.gap = String(repeating: " ", count: Int(min(10, max(0, count.isNaN ? 0 : count))))
        case .string(let text): state.gap = String(text.prefix(10))
        default: break
        }
        let wrapper = JSObject()
        wrapper.set("", value)
        return try await state.serialize(holder: .object(wrapper), key: "", value: value)
    }

    /// JSON.stringify's string quoting.
    static func quote(_ string: String) -> String {
        JSONWriter.quoted(string)
    }

    private struct State {
        var replacer: JSValue = .undefined
        var propertyList: [String]?
        var gap = ""
        var indent = ""
        var stack: [JSObject] = []

        mutating func serialize(holder: JSValue, key: String, value initial: JSValue) async throws -> String? {
            var value = initial
            if case .object = value {
                let toJSON = value.get("toJSON")
                if toJSON.isCallable { value = try await toJSON.call(this: value, arguments: [.string(key)]) }
            }
            if replacer.isCallable {
                value = try await replacer.call(this: holder, arguments: [.string(key), value])
            }
            if case .object(let object) = value, let boxed = object.nativeValue as? JSBoxedPrimitive { value = boxed.value }
            switch value {
            case .null: return "null"
            case .bool(let flag): return flag ? "true" : "false"
            case .string(let string): return JSONBuiltin.quote(string)
            case .number(let number): return number.isFinite ? JSNumberFormatter.string(number) : "null"
            case .undefined: return nil
            case .object(let object):
                if object.isCallable { return nil }
                guard !stack.contains(where: { $0 === object }) else {
                    throw JSThrow.typeError("Converting circular structure to JSON")
                }
                guard stack.count < 5_000 else { throw JSThrow.rangeError("Maximum call stack size exceeded") }
                stack.append(object)
                defer { stack.removeLast() }
                let stepback = indent
                indent += gap
                defer { indent = stepback }
                var parts: [String] = []
                let open: String
                let close: String
                if object.kind == .array {
                    (open, close) = ("[", "]")
                    var index = 0
                    while index < object.elements.count {
                        let element = object.elements[index]
                        parts.append(try await serialize(holder: value, key: String(index), value: element) ?? "null")
                        index += 1
                    }
                } else {
                    (open, close) = ("{", "}")
                    for member in propertyList ?? object.ownKeys {
                        guard let text = try await serialize(holder: value, key: member, value: object.get(member, receiver: value))
                        else { continue }
                        parts.append(JSONBuiltin.quote(member) + (gap.isEmpty ? ":" : ": ") + text)
                    }
                }
                if parts.isEmpty { return open + close }
                if gap.isEmpty { return open + parts.joined(separator: ",") + close }
                return open + "\n" + indent + parts.joined(separator: ",\n" + indent) + "\n" + stepback + close
            }
        }
    }

    /// `JSON.parse(text, reviver)`: a SyntaxError naming the position for bad input.
    static func parse(_ text: String, reviver: JSValue = .undefined) async throws -> JSValue {
        let parsed: JSONValue
        do {
            parsed = try JSONParser.parse(text)
        } catch {
            let excerpt = text.count > 40 ? String(text.prefix(40)) + "…" : text
            throw JSThrow.error(
                "SyntaxError",
                "\(error.reason) at position \(error.offset) (line \(error.line) column \(error.column)): \(quote(excerpt)) is not valid JSON")
        }
        let value = JSValue(json: parsed)
        guard reviver.isCallable else { return value }
        let root = JSObject()
        root.set("", value)
        return try await revive(holder: .object(root), key: "", reviver: reviver, depth: 0)
    }

    private static func revive(holder: JSValue, key: String, reviver: JSValue, depth: Int) async throws -> JSValue {
        let value = holder.get(key)
        if case .object(let object) = value, depth < 5_000 {
            let keys = object.kind == .array ? (0..<object.elements.count).map(String.init) : object.ownKeys
            for member in keys {
                let revived = try await revive(holder: value, key: member, reviver: reviver, depth: depth + 1)
                if revived.isUndefined, object.kind != .array {
                    object.deleteProperty(member)
                } else {
                    object.set(member, revived)
                }
            }
        }
        return try await reviver.call(this: holder, arguments: [.string(key), value])
    }
}
