import JavaScriptSyntax

extension ModuleTranslation {
    /// Binds a destructuring pattern: one `let` (or assignment) a name, reading through a temporary unless the
    /// value is `simple` (can be read again with the same result).
    func bind(_ pattern: Pattern, to value: SwiftCode, simple: Bool, declaring: Bool) throws(Untranslatable)
        -> [String]
    {
        switch pattern {
        case .identifier(let name):
            if declaring { return declare(name, value: root(value), typed: value.isTyped) }
            guard isDeclared(name) else { throw Untranslatable("assignment to undeclared name \(name)") }
            return split("\(swiftName(name)) = \(root(value))")
        case .expression(let target):
            guard !declaring else { throw Untranslatable("this binding is not translated") }
            let target = try expression(target)
            if target.awaits { throw Untranslatable("an assignment to a computed target is not translated") }
            return split("\(target.text) = \(root(value))")
        case .defaulted(let inner, let fallback):
            var result: [String] = []
            var base = value
            if !simple || value.awaits {
                let name = temporary("value")
                result += split("let \(name) = \(root(value.typed))")
                base = SwiftCode(name)
            }
            let fallback = try expression(fallback)
            let chosen = SwiftCode(
                "\(base.receiver).isUndefined ? \(fallback.operand(.disjunction)) : \(base.operand(.ternary))", .ternary,
                awaits: fallback.awaits, isTyped: true)
            return try result + bind(inner, to: chosen, simple: false, declaring: declaring)
        case .object(let properties, let rest):
            var (result, base) = temporaryIfNeeded(value, simple: simple)
            for property in properties {
                let read: SwiftCode
                switch property.key {
                case .name(let key):
                    read = SwiftCode(base.receiver + SwiftText.member(key))
                case .computed(let key):
                    let key = try expression(key)
                    read = SwiftCode("\(base.receiver)[\(key.text)]", awaits: key.awaits)
                }
                result += try bind(property.value, to: read, simple: true, declaring: declaring)
            }
            if let rest {
                var copy = ["JSValue.object(parts: [.spread(\(base.text))])"]
                for property in properties {
                    guard case .name(let key) = property.key else {
                        throw Untranslatable("a rest element after computed keys is not translated")
                    }
                    copy.append(".delete(\(SwiftText.literal(key)))")
                }
                if properties.isEmpty {
                    result += try bind(.identifier(rest), to: SwiftCode(copy[0]), simple: true, declaring: declaring)
                } else {
                    let name = temporary("rest")
                    result.append("let \(name) = \(copy[0])")
                    result += copy.dropFirst().map { "\(name)\($0)" }
                    result += try bind(.identifier(rest), to: SwiftCode(name), simple: true, declaring: declaring)
                }
            }
            if properties.isEmpty, rest == nil, let temporary = result.first?.split(separator: " ").dropFirst().first {
                result.append("_ = \(temporary)")
            }
            return result
        case .array(let elements, let rest):
            var (result, base) = temporaryIfNeeded(value, simple: simple)
            for (index, element) in elements.enumerated() {
                guard let element else { continue }
                result += try bind(element, to: SwiftCode("\(base.receiver)[\(index)]"), simple: true, declaring: declaring)
            }
            if let rest {
                let slice = SwiftCode("\(base.receiver).slice(\(elements.count))", awaits: true)
                result += try bind(rest, to: slice, simple: true, declaring: declaring)
            }
            return result
        }
    }

    /// A `let` holding `value` when it cannot be read twice.
    private func temporaryIfNeeded(_ value: SwiftCode, simple: Bool) -> ([String], SwiftCode) {
        if simple, !value.awaits { return ([], value) }
        let name = temporary("value")
        return (split("let \(name) = \(root(value.typed))"), SwiftCode(name))
    }
}
