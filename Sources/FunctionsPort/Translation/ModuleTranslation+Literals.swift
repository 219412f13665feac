import JavaScriptSyntax

extension ModuleTranslation {
    /// `[a, b]` as a Swift array literal; `JSValue.array(...)` when empty or spreading.
    func array(_ elements: [ArrayElement]) throws(Untranslatable) -> SwiftCode {
        if elements.isEmpty { return SwiftCode("JSValue.array([])") }
        var items: [SwiftCode] = []
        var spreads = false
        var parts: [String] = []
        for element in elements {
            switch element {
            case .value(let value):
                let code = try expression(value)
                items.append(code)
                parts.append(".value(\(code.text))")
            case .spread(let value):
                let code = try expression(value)
                items.append(code)
                parts.append(".spread(\(code.text))")
                spreads = true
            case .hole:
                items.append(SwiftCode(".undefined", isTyped: false))
                parts.append(".value(.undefined)")
            }
        }
        let awaits = items.contains(where: \.awaits)
        if spreads {
            return SwiftCode("JSValue.array(JSValue.spreading(\(layout(parts, open: "[", close: "]"))))", awaits: awaits)
        }
        let text = layout(items.map(\.text), open: "[", close: "]")
        return SwiftCode(text, awaits: awaits, isTyped: false, typedText: "JSValue.array(\(text))")
    }

    /// `{ a: 1 }` as a Swift dictionary literal (JSValue keeps its order); `JSValue.object(...)` when empty,
    /// with computed keys, or with spreads.
    func object(_ properties: [ObjectProperty]) throws(Untranslatable) -> SwiftCode {
        if properties.isEmpty { return SwiftCode("JSValue.object([])") }
        var entries: [(key: String, computed: Bool, value: SwiftCode)] = []
        var spreads: [Int: SwiftCode] = [:]
        var awaits = false
        for property in properties {
            switch property {
            case .property(.name(let name), let value):
                let code = try expression(value, named: name)
                entries.append((SwiftText.literal(name), false, code))
                awaits = awaits || code.awaits
            case .property(.computed(let key), let value):
                let key = try expression(key)
                let code = try expression(value)
                entries.append(("\(key.receiver).propertyKey", true, code))
                awaits = awaits || code.awaits || key.awaits
            case .spread(let value):
                let code = try expression(value)
                spreads[entries.count + spreads.count] = code
                entries.append(("", false, code))
                awaits = awaits || code.awaits
            }
        }
        if !spreads.isEmpty {
            let parts = entries.enumerated().map { index, entry in
                spreads[index] != nil ? ".spread(\(entry.value.text))" : ".property(\(entry.key), \(entry.value.text))"
            }
            return SwiftCode("JSValue.object(parts: \(layout(parts, open: "[", close: "]")))", awaits: awaits)
        }
        if entries.contains(where: \.computed) {
            let parts = entries.map { "(\($0.key), \($0.value.text))" }
            return SwiftCode("JSValue.object(\(layout(parts, open: "[", close: "]")))", awaits: awaits)
        }
        let text = layout(entries.map { "\($0.key): \($0.value.text)" }, open: "[", close: "]")
        let tuples = layout(entries.map { "(\($0.key), \($0.value.text))" }, open: "[", close: "]")
        return SwiftCode(text, awaits: awaits, isTyped: false, typedText: "JSValue.object(\(tuples))")
    }

    /// Items on one line when short, else one a line with a trailing comma.
    func layout(_ items: [String], open: String, close: String) -> String {
        let single = open + items.joined(separator: ", ") + close
        if single.count <= 80, !single.contains("\n") { return single }
        var lines = [open]
        for item in items {
            lines += indent(split(item + ","))
        }
        lines.append(close)
        return lines.joined(separator: "\n")
    }
}
