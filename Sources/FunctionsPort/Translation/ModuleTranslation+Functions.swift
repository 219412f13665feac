import JavaScriptSyntax

extension ModuleTranslation {
    /// A function as `JSValue.function(name, parameters:) { this, arguments in … }` (`asyncFunction` when async).
    func function(_ function: FunctionNode, name: String) throws(Untranslatable) -> SwiftCode {
        let usage = NameUsage(function: function)
        var parameterNames = Set(function.parameters.flatMap(Self.boundNames))
        if let rest = function.rest { parameterNames.formUnion(Self.boundNames(rest)) }
        functions.append(FunctionFrame(isArrow: function.isArrow, isModule: false))
        let savedJumps = jumps
        let savedSites = throwingSites
        jumps = []
        throwingSites = 0
        scopes.append(parameterNames)
        usages.append(usage)
        defer {
            functions.removeLast()
            jumps = savedJumps
            throwingSites = savedSites
            scopes.removeLast()
            usages.removeLast()
        }
        var body = try parameterBindings(function, usage: usage)
        switch function.body {
        case .block(let statements):
            body += block(statements, usage: usage)
            if !ControlFlow.terminates(statements) { body.append("return .undefined") }
        case .expression(let expression):
            body += split("return " + root(try self.expression(expression)))
        }
        let maker = function.isAsync ? "asyncFunction" : "function"
        let count = function.parameters.count
        let receiver = function.isArrow ? "_" : "this"
        let header = "JSValue.\(maker)(\(SwiftText.literal(name)), parameters: \(count)) { \(receiver), arguments in"
        return SwiftCode(([header] + indent(body) + ["}"]).joined(separator: "\n"))
    }

    /// `let a = arguments[0], b = arguments[1]` for the parameters the body uses; defaults and patterns bound
    /// one by one.
    private func parameterBindings(_ function: FunctionNode, usage: NameUsage) throws(Untranslatable) -> [String] {
        var constants: [String] = []
        var result: [String] = []
        for (index, parameter) in function.parameters.enumerated() {
            let argument = SwiftCode("arguments[\(index)]")
            if case .identifier(let name) = parameter {
                let swiftName = SwiftText.name(name)
                if usage.writes.contains(name) {
                    result.append("var \(swiftName) = \(argument.text)")
                } else if usage.reads.contains(name) {
                    constants.append("\(swiftName) = \(argument.text)")
                }
                continue
            }
            result += try bind(parameter, to: argument, simple: true, declaring: true)
        }
        if let rest = function.rest {
            let values = SwiftCode("JSValue.array(Array(arguments.dropFirst(\(function.parameters.count))))")
            result += try bind(rest, to: values, simple: true, declaring: true)
        }
        return (constants.isEmpty ? [] : ["let " + constants.joined(separator: ", ")]) + result
    }

    /// A call: `f(a)`, `a.b(c)`, with spread `f.call(arguments: JSValue.spreading([...]))`.
    func call(_ callee: Expression, _ arguments: [Argument]) throws(Untranslatable) -> SwiftCode {
        try checkRequire(callee, arguments)
        return try call(expression(callee), arguments)
    }

    /// A call of the translated `function`.
    func call(_ function: SwiftCode, _ arguments: [Argument]) throws(Untranslatable) -> SwiftCode {
        let list = try argumentList(arguments)
        let text =
            list.spreads
            ? "\(function.receiver).call(arguments: \(list.text))" : "\(function.receiver)(\(list.text))"
        return SwiftCode(text, awaits: true)
    }

    /// The arguments of a call or `new`: plain, or `JSValue.spreading([...])` when one spreads.
    func argumentList(_ arguments: [Argument]) throws(Untranslatable) -> (text: String, spreads: Bool) {
        var parts: [(SwiftCode, Bool)] = []
        for argument in arguments {
            switch argument {
            case .value(let value): parts.append((try expression(value), false))
            case .spread(let value): parts.append((try expression(value), true))
            }
        }
        if parts.contains(where: \.1) {
            let items = parts.map { code, spread in spread ? ".spread(\(code.text))" : ".value(\(code.text))" }
            return ("JSValue.spreading([\(items.joined(separator: ", "))])", true)
        }
        return (parts.map(\.0.text).joined(separator: ", "), false)
    }
}
