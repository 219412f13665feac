extension JSObject {
    /// The canonical array index a key spells (`"0"`, `"12"`; not `"01"` or `"-1"`).
    static func arrayIndex(_ key: String) -> Int? {
        let utf8 = key.utf8
        guard let first = utf8.first, utf8.count <= 10, first >= 0x30, first <= 0x39 else { return nil }
        if first == 0x30 { return utf8.count == 1 ? 0 : nil }
        var value = 0
        for byte in utf8 {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value < 4_294_967_295 ? value : nil
    }

    /// Arrays grow densely only this far past their end; farther writes are kept as plain properties.
    static let maximumArrayGap = 1 << 20

    /// Reads property `key`, running getters with `receiver` as `this`; missing properties read as `undefined`.
    public func get(_ key: String, receiver: JSValue? = nil) -> JSValue {
        if kind == .array {
            if let index = Self.arrayIndex(key) {
                if index < elements.count { return elements[index] }
            } else if key == "length" {
                return .number(Double(elements.count))
            }
        }
        if let function, function.isMethodReference, let target = function.boundTarget {
            return target.get(key, receiver: receiver)
        }
        var object: JSObject? = self
        var depth = 0
        while let current = object, depth < 10_000 {
            if let property = current.table[key] {
                return current.read(property, receiver: receiver ?? .object(self))
            }
            if let special = current.intrinsicProperty(key) { return special }
            object = current.prototype
            depth += 1
        }
        return JSBuiltins.method(for: self, key) ?? .undefined
    }

    /// Writes property `key`, running an own or inherited setter when there is one.
    public func set(_ key: String, _ value: JSValue, receiver: JSValue? = nil) {
        let value = value.unwrappingMethodReference
        if kind == .array {
            if let index = Self.arrayIndex(key) {
                if index < elements.count {
                    elements[index] = value
                    return
                }
                if index - elements.count <= Self.maximumArrayGap {
                    elements.append(contentsOf: repeatElement(.undefined, count: index - elements.count))
                    elements.append(value)
                    return
                }
            } else if key == "length" {
                setArrayLength(value)
                return
            }
        }
        if let function, function.isMethodReference, let target = function.boundTarget {
            target.set(key, value, receiver: receiver)
            return
        }
        if let property = table[key] {
            switch property.slot {
            case .value:
                table[key]?.slot = .value(value)
            case .accessor(_, let setter):
                setter?(receiver ?? .object(self), value)
            }
            return
        }
        var ancestor = prototype
        var depth = 0
        while let current = ancestor, depth < 10_000 {
            if let property = current.table[key], case .accessor(_, let setter) = property.slot {
                setter?(receiver ?? .object(self), value)
                return
            }
            ancestor = current.prototype
            depth += 1
        }
        define(key, value)
    }

    /// Defines (or replaces) an own data property.
    public func define(_ key: String, _ value: JSValue, enumerable: Bool = true) {
        if kind == .array, let index = Self.arrayIndex(key), index <= elements.count {
            if index == elements.count { elements.append(value) } else { elements[index] = value }
            return
        }
        if table.updateValue(JSProperty(value, enumerable: enumerable), forKey: key) == nil {
            keyOrder.append(key)
        }
    }

    /// Defines an own property computed by `get` (and stored by `set`; without it, writes are ignored).
    ///
    /// Both closures receive the object the property was read from or written to.
    public func defineAccessor(
        _ key: String,
        enumerable: Bool = true,
        get: @escaping (JSValue) -> JSValue,
        set: ((JSValue, JSValue) -> Void)? = nil
    ) {
        if table.updateValue(JSProperty(get: get, set: set, enumerable: enumerable), forKey: key) == nil {
            keyOrder.append(key)
        }
    }

    /// Defines a non-enumerable method: a function whose `this` is the object it is called on.
    public func defineMethod(_ name: String, parameters: Int = 0, _ body: @escaping JSFunctionBody) {
        define(name, .object(.makeFunction(name: name, parameters: parameters, body)), enumerable: false)
    }

    /// Whether the object itself (not its prototype chain) has `key`.
    public func hasOwnProperty(_ key: String) -> Bool {
        if kind == .array {
            if let index = Self.arrayIndex(key), index < elements.count { return true }
            if key == "length" { return true }
        }
        return table[key] != nil
    }

    /// Whether `key` is found on the object or its prototype chain (the `in` operator).
    public func hasProperty(_ key: String) -> Bool {
        var object: JSObject? = self
        var depth = 0
        while let current = object, depth < 10_000 {
            if current.hasOwnProperty(key) || current.intrinsicProperty(key) != nil { return true }
            object = current.prototype
            depth += 1
        }
        return JSBuiltins.method(for: self, key) != nil
    }

    /// Removes an own property; always succeeds, as `delete` does on ordinary objects.
    @discardableResult
    public func deleteProperty(_ key: String) -> Bool {
        if kind == .array, let index = Self.arrayIndex(key), index < elements.count {
            elements[index] = .undefined
            return true
        }
        if table.removeValue(forKey: key) != nil {
            keyOrder.removeAll { $0 == key }
        }
        return true
    }

    /// The own enumerable string keys in JavaScript's order: array indexes ascending, then the rest as inserted.
    public var ownKeys: [String] {
        var indexes: [(Int, String)] = []
        var names: [String] = []
        for key in keyOrder where table[key]?.enumerable == true {
            if let index = Self.arrayIndex(key) { indexes.append((index, key)) } else { names.append(key) }
        }
        var keys: [String] = []
        if kind == .array { keys = (0..<elements.count).map(String.init) }
        keys += indexes.sorted { $0.0 < $1.0 }.map(\.1)
        return keys + names
    }

    /// The own enumerable properties as (key, value) pairs, getters run.
    public var ownEntries: [(String, JSValue)] {
        ownKeys.map { ($0, get($0)) }
    }

    private func read(_ property: JSProperty, receiver: JSValue) -> JSValue {
        switch property.slot {
        case .value(let value): value
        case .accessor(let getter, _): getter?(receiver) ?? .undefined
        }
    }

    /// Properties every object of a kind has without storing them.
    private func intrinsicProperty(_ key: String) -> JSValue? {
        switch kind {
        case .function:
            guard let function else { return nil }
            switch key {
            case "name": return .string(function.name)
            case "length": return .number(Double(function.parameters))
            case "prototype":
                guard case .ordinary = function.construct else { return nil }
                let prototype = JSObject()
                prototype.define("constructor", .object(self), enumerable: false)
                define("prototype", .object(prototype), enumerable: false)
                return .object(prototype)
            default: return nil
            }
        case .error:
            return key == "name" ? .string(className) : nil
        case .regex:
            guard let regex else { return nil }
            switch key {
            case "source": return .string(regex.pattern)
            case "flags": return .string(regex.flags)
            case "global": return .bool(regex.isGlobal)
            case "ignoreCase": return .bool(regex.flags.contains("i"))
            case "multiline": return .bool(regex.flags.contains("m"))
            default: return nil
            }
        default:
            return nil
        }
    }

    private func setArrayLength(_ value: JSValue) {
        let number = value.toNumber
        guard number >= 0, number == number.rounded(), number <= Double(elements.count + Self.maximumArrayGap) else { return }
        let length = Int(number)
        if length < elements.count {
            elements.removeSubrange(length...)
        } else {
            elements.append(contentsOf: repeatElement(.undefined, count: length - elements.count))
        }
    }
}
