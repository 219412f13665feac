import JavaScriptSyntax

extension ModuleTranslation {
    /// The JavaScript globals a ported module reads from `js`.
    static let knownGlobals: Set<String> = [
        "Twilio", "Runtime", "console", "require", "exports", "module", "process", "JSON", "Object", "Array",
        "String", "Number", "Boolean", "Math", "Date", "Promise", "Error", "TypeError", "RangeError", "parseInt",
        "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent", "Buffer", "setTimeout", "NaN",
        "Infinity",
    ]

    /// An expression; `named` names a function value after what it is assigned to.
    func expression(_ expression: Expression, named: String? = nil) throws(Untranslatable) -> SwiftCode {
        switch expression {
        case .identifier(let name):
            return try identifier(name)
        case .number(let value, _):
            let text = SwiftText.number(value)
            return SwiftCode(text, text.hasPrefix("-") ? .prefix : .postfix, isTyped: !value.isFinite)
        case .string(let text):
            return SwiftCode(SwiftText.literal(text), isTyped: false)
        case .template(let strings, let expressions):
            return try template(strings, expressions)
        case .taggedTemplate:
            throw Untranslatable("tagged templates are not translated")
        case .regex(let pattern, let flags):
            guard flags.allSatisfy({ "gimsu".contains($0) }), Set(flags).count == flags.count else {
                throw Untranslatable("the regular expression flags '\(flags)' are not supported")
            }
            return SwiftCode(
                "JSValue.regex(pattern: \(SwiftText.pattern(pattern)), flags: \(SwiftText.literal(flags)))")
        case .boolean(let value):
            return SwiftCode(value ? "true" : "false", isTyped: false, typedText: "JSValue.bool(\(value))")
        case .null:
            return SwiftCode("nil", isTyped: false, typedText: "JSValue.null")
        case .this:
            return this()
        case .array(let elements):
            return try array(elements)
        case .object(let properties):
            return try object(properties)
        case .function(let function):
            return try self.function(function, name: function.name ?? named ?? "")
        case .unary(let operation, let operand):
            return try unary(operation, operand)
        case .update:
            throw Untranslatable("++ or -- inside an expression is not translated")
        case .binary(let operation, let left, let right):
            return try binary(operation, operand(left), operand(right))
        case .logical(let operation, let left, let right):
            return try logical(operation, left, right)
        case .conditional(let test, let consequent, let alternate):
            let condition = try self.condition(test)
            var first = try self.expression(consequent)
            let second = try self.expression(alternate)
            if !first.isTyped, !second.isTyped { first = first.typed }
            return SwiftCode(
                "\(condition.operand(.disjunction)) ? \(first.operand(.disjunction)) : \(second.operand(.ternary))",
                .ternary, awaits: condition.awaits || first.awaits || second.awaits)
        case .assignment:
            throw Untranslatable("an assignment inside an expression is not translated")
        case .sequence:
            throw Untranslatable("a comma expression is not translated")
        case .member(let object, let name, _):
            if Self.shortCircuits(expression) { return try optionalChain(expression) }
            let object = try self.expression(object)
            return SwiftCode(object.receiver + SwiftText.member(name), awaits: object.awaits)
        case .index(let object, let key, _):
            if Self.shortCircuits(expression) { return try optionalChain(expression) }
            let object = try self.expression(object)
            let key = try self.expression(key)
            return SwiftCode("\(object.receiver)[\(key.text)]", awaits: object.awaits || key.awaits)
        case .call(let callee, let arguments, _):
            if Self.shortCircuits(expression) { return try optionalChain(expression) }
            return try call(callee, arguments)
        case .new(let callee, let arguments):
            let callee = try self.expression(callee)
            let list = try argumentList(arguments)
            let call = list.spreads ? "new(arguments: \(list.text))" : "new(\(list.text))"
            return SwiftCode("\(callee.receiver).\(call)", awaits: true)
        case .await(let operand):
            let operand = try self.expression(operand)
            return SwiftCode("\(operand.receiver).awaited()", awaits: true)
        case .parenthesized(let inner):
            let code = try self.expression(inner, named: named)
            if code.precedence == .postfix { return code }
            var result = code
            result.text = "(\(code.text))"
            result.precedence = .postfix
            return result
        }
    }

    /// A JavaScript test as a Swift `Bool`.
    func condition(_ expression: Expression) throws(Untranslatable) -> SwiftCode {
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        switch expression {
        case .parenthesized(let inner):
            return try condition(inner)
        case .boolean(let value):
            return SwiftCode(value ? "true" : "false")
        case .unary(.not, let operand):
            let inner = try condition(operand)
            return SwiftCode("!" + inner.operand(.postfix), .prefix, awaits: inner.awaits)
        case .logical(let operation, let left, let right) where operation != .nullish:
            let right = try condition(right)
            if !right.awaits {
                let left = try condition(left)
                if operation == .and {
                    return SwiftCode(
                        "\(left.operand(.conjunction)) && \(right.operand(.comparison))", .conjunction,
                        awaits: left.awaits)
                }
                return SwiftCode(
                    "\(left.operand(.disjunction)) || \(right.operand(.conjunction))", .disjunction, awaits: left.awaits)
            }
        default:
            break
        }
        let value = try self.expression(expression)
        return SwiftCode(value.receiver + ".isTruthy", awaits: value.awaits)
    }

    /// An operand of an operator: `null` and `undefined` spelled as `JSValue`s (so `== nil` is never Optional's).
    private func operand(_ expression: Expression) throws(Untranslatable) -> SwiftCode {
        let code = try self.expression(expression)
        switch expression {
        case .null, .identifier("undefined"): return code.typed
        default: return code
        }
    }

    /// A name: a declared variable, `undefined`, `arguments`, or a global read from `js`.
    func identifier(_ name: String) throws(Untranslatable) -> SwiftCode {
        if isDeclared(name) { return SwiftCode(swiftName(name)) }
        switch name {
        case "undefined":
            return SwiftCode(".undefined", isTyped: false, typedText: "JSValue.undefined")
        case "arguments":
            guard let frame = functions.last, !frame.isArrow, !frame.isModule else {
                throw Untranslatable("arguments outside a function of its own is not translated")
            }
            return SwiftCode("JSValue.array(arguments)")
        default:
            return try global(name)
        }
    }

    /// A global the module reads once at the top of its body.
    func global(_ name: String) throws(Untranslatable) -> SwiftCode {
        guard Self.knownGlobals.contains(name) else { throw Untranslatable("undeclared name \(name)") }
        if !globals.contains(name) { globals.append(name) }
        return SwiftCode(SwiftText.name(name))
    }

    /// Whether an enclosing block declares `name`.
    func isDeclared(_ name: String) -> Bool {
        scopes.contains { $0.contains(name) }
    }

    /// The Swift name of a declared JavaScript name, as the innermost scope declaring it spells it.
    func swiftName(_ name: String) -> String {
        if let scope = scopes.lastIndex(where: { $0.contains(name) }), let renamed = renames[scope]?[name] {
            return renamed
        }
        return SwiftText.name(name)
    }

    /// `this`: the closure's own, an enclosing function's for arrows, `module.exports` at the top.
    private func this() -> SwiftCode {
        for frame in functions.reversed() where !frame.isArrow {
            return frame.isModule ? SwiftCode("js.module.exports") : SwiftCode("this")
        }
        return SwiftCode("js.module.exports")
    }

    private func template(_ strings: [String], _ expressions: [Expression]) throws(Untranslatable) -> SwiftCode {
        if expressions.isEmpty { return SwiftCode(SwiftText.literal(strings.first ?? ""), isTyped: false) }
        var text = ""
        var awaits = false
        for (index, string) in strings.enumerated() {
            text += SwiftText.escaped(string)
            guard index < expressions.count else { continue }
            if case .string(let literal) = expressions[index] {
                text += SwiftText.escaped(literal)
                continue
            }
            let value = try expression(expressions[index])
            awaits = awaits || value.awaits
            text += "\\(\(value.typed.text))"
        }
        return SwiftCode("JSValue.string(\"\(text)\")", awaits: awaits)
    }

    private func unary(_ operation: UnaryOperator, _ operand: Expression) throws(Untranslatable) -> SwiftCode {
        switch operation {
        case .not, .plus, .bitwiseNot:
            let value = try self.expression(operand)
            return SwiftCode(operation.rawValue + value.receiver, .prefix, awaits: value.awaits)
        case .minus:
            if case .number(let number, _) = operand, number.isFinite {
                return SwiftCode(SwiftText.number(-number), .prefix, isTyped: false)
            }
            let value = try self.expression(operand)
            return SwiftCode("-" + value.receiver, .prefix, awaits: value.awaits)
        case .typeof:
            if case .identifier(let name) = operand, !isDeclared(name), !Self.knownGlobals.contains(name),
                name != "undefined", name != "arguments"
            {
                return SwiftCode("\"undefined\"", isTyped: false)
            }
            let value = try self.expression(operand)
            return SwiftCode("JSValue.typeof(\(value.text))", awaits: value.awaits)
        case .void:
            let value = try self.expression(operand)
            if value.awaits { throw Untranslatable("void of a call is not translated") }
            return SwiftCode("JSValue.undefined")
        case .delete:
            switch operand {
            case .member(let object, let name, _):
                let object = try self.expression(object)
                return SwiftCode("\(object.receiver).delete(\(SwiftText.literal(name)))", awaits: object.awaits)
            case .index(let object, let key, _):
                let object = try self.expression(object)
                let key = try self.expression(key)
                return SwiftCode("\(object.receiver).delete(\(key.text))", awaits: object.awaits || key.awaits)
            default:
                throw Untranslatable("delete of something other than a property is not translated")
            }
        }
    }

    /// A binary operator over two translated operands.
    func binary(_ operation: BinaryOperator, _ left: SwiftCode, _ right: SwiftCode) throws(Untranslatable)
        -> SwiftCode
    {
        var left = left
        if !left.isTyped, !right.isTyped { left = left.typed }
        let awaits = left.awaits || right.awaits
        func infix(_ precedence: SwiftPrecedence, _ rightPrecedence: SwiftPrecedence) -> SwiftCode {
            let leftText = left.operand(precedence == .comparison ? .additive : precedence)
            return SwiftCode(
                "\(leftText) \(operation.rawValue) \(right.operand(rightPrecedence))", precedence, awaits: awaits)
        }
        func call(_ name: String, _ first: String = "") -> SwiftCode {
            SwiftCode("JSValue.\(name)(\(first)\(left.text), \(right.text))", awaits: awaits)
        }
        switch operation {
        case .add, .subtract: return infix(.additive, .multiplicative)
        case .multiply, .divide, .remainder: return infix(.multiplicative, .prefix)
        case .equal, .notEqual, .strictEqual, .strictNotEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
            return infix(.comparison, .additive)
        case .exponent: return call("power")
        case .bitwiseAnd: return call("bitwise", ".and, ")
        case .bitwiseOr: return call("bitwise", ".or, ")
        case .bitwiseXor: return call("bitwise", ".xor, ")
        case .leftShift: return call("bitwise", ".leftShift, ")
        case .rightShift: return call("bitwise", ".rightShift, ")
        case .unsignedRightShift: return call("bitwise", ".unsignedRightShift, ")
        case .instanceof:
            return SwiftCode("\(left.receiver).instanceOf(\(right.text))", awaits: awaits)
        case .in:
            return SwiftCode("\(left.receiver).isIn(\(right.text))", awaits: awaits)
        }
    }

    /// `||`, `&&`, `??`: Swift's operators with an autoclosure, or an async method when the right side awaits.
    private func logical(_ operation: LogicalOperator, _ left: Expression, _ right: Expression) throws(Untranslatable)
        -> SwiftCode
    {
        let left = try self.expression(left)
        let right = try self.expression(right)
        if right.awaits {
            let method = operation == .and ? "and" : operation == .or ? "or" : "nullish"
            // In an `if` or `while` test a trailing closure would read as the statement's body.
            let closure = conditionDepth > 0 ? "({ \(right.statement) })" : " { \(right.statement) }"
            return SwiftCode("\(left.receiver).\(method)\(closure)", awaits: true)
        }
        switch operation {
        case .or:
            return SwiftCode(
                "\(left.typed.operand(.disjunction)) || \(right.operand(.conjunction))", .disjunction,
                awaits: left.awaits)
        case .and:
            return SwiftCode(
                "\(left.typed.operand(.conjunction)) && \(right.operand(.comparison))", .conjunction,
                awaits: left.awaits)
        case .nullish:
            return SwiftCode("\(left.receiver).nullish(\(right.text))", awaits: left.awaits)
        }
    }
}
