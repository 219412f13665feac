import JavaScriptSyntax

extension ModuleTranslation {
    /// What a chain's tests have put before its value: temporaries and `if … { return .undefined }` lines.
    private struct ChainPrelude {
        var lines: [String] = []
        var awaits = false
    }

    /// Whether an optional link (`?.`) of the chain ending in `expression` is followed by a call or a computed
    /// key, which must not run when the link is `null` or `undefined`. A chain of property reads alone needs no
    /// test: the runtime reads a property of `undefined` as `undefined`.
    static func shortCircuits(_ expression: Expression) -> Bool {
        var later = false
        var current = expression
        while true {
            switch current {
            case .call(let callee, _, let optional):
                if optional { return true }
                later = true
                current = callee
            case .member(let object, _, let optional):
                if optional, later { return true }
                current = object
            case .index(let object, let key, let optional):
                later = later || !isSimple(key)
                if optional, later { return true }
                current = object
            default:
                return false
            }
        }
    }

    /// A chain with `?.` as one expression that evaluates each link once, in order, and gives `undefined` as
    /// soon as an optional link is `null` or `undefined` (skipping the whole rest of the chain):
    ///
    /// ```swift
    /// let text = try await { () async throws -> JSValue in
    ///     let body = event.Body
    ///     if body.isNullish { return .undefined }
    ///     return try await body.trim().toLowerCase()
    /// }()
    /// ```
    func optionalChain(_ expression: Expression) throws(Untranslatable) -> SwiftCode {
        var prelude = ChainPrelude()
        let value = try link(expression, &prelude)
        let awaits = prelude.awaits || value.awaits
        let signature = awaits ? "() async throws -> JSValue" : "() -> JSValue"
        let body = prelude.lines + split("return " + value.statement)
        let closure = (["{ \(signature) in"] + indent(body) + ["}"]).joined(separator: "\n")
        // In an `if` or `while` test a closure would read as the statement's body.
        return SwiftCode(conditionDepth > 0 ? "(\(closure))()" : closure + "()", awaits: awaits)
    }

    /// One link of a chain, after the links before it.
    private func link(_ expression: Expression, _ prelude: inout ChainPrelude) throws(Untranslatable) -> SwiftCode {
        switch expression {
        case .member(let object, let name, let optional):
            var base = try link(object, &prelude)
            if optional { base = test(base, named: object, &prelude) }
            return SwiftCode(base.receiver + SwiftText.member(name), awaits: base.awaits)
        case .index(let object, let key, let optional):
            var base = try link(object, &prelude)
            if optional { base = test(base, named: object, &prelude) }
            let key = try self.expression(key)
            return SwiftCode("\(base.receiver)[\(key.text)]", awaits: base.awaits || key.awaits)
        case .call(let callee, let arguments, let optional):
            try checkRequire(callee, arguments)
            var function = try link(callee, &prelude)
            if optional { function = test(function, named: callee, &prelude) }
            return try call(function, arguments)
        default:
            return try self.expression(expression)
        }
    }

    /// Returns `undefined` from the chain when `value` is `null` or `undefined`; `value` is first held in a
    /// constant (named after the property it reads) unless it is a plain name.
    private func test(_ value: SwiftCode, named expression: Expression, _ prelude: inout ChainPrelude) -> SwiftCode {
        var tested = value
        if !SwiftText.isPlainIdentifier(value.text) {
            var base = "value"
            if case .member(_, let name, _) = expression, SwiftText.isPlainIdentifier(name), name != "_" {
                base = name.prefix(1).lowercased() + name.dropFirst()
            }
            let name = temporary(base)
            prelude.lines += split("let \(name) = \(value.typed.statement)")
            prelude.awaits = prelude.awaits || value.awaits
            tested = SwiftCode(name)
        }
        prelude.lines.append("if \(tested.receiver).isNullish { return .undefined }")
        return tested
    }
}
