import JavaScriptSyntax

extension ModuleTranslation {
    /// `for (init; test; update)`: a `while` in a `do` scope; with `continue`, the body is a labelled `do` that
    /// `continue` breaks out of, so the update still runs.
    ///
    /// A `let` variable that a function in the body captures is copied into a constant of its own at the top of
    /// each iteration (and written back before the update when the body assigns it), as JavaScript gives each
    /// iteration its own binding: `for (let i = 0; i < 3; i++) fns.push(() => i)` makes functions giving 0, 1, 2.
    func forStatement(
        _ statement: Statement, initializer: ForInitializer?, test: Expression?, update: Expression?, body: Statement
    ) throws(Untranslatable) -> [String] {
        var declared: Set<String> = []
        var copied: [String] = []
        if case .variable(let declaration) = initializer {
            for declarator in declaration.declarators { declared.formUnion(Self.boundNames(declarator.pattern)) }
            if declaration.kind == .let {
                copied = declared.intersection(NameUsage([body]).captures).sorted()
            }
        }
        scopes.append(declared)
        usages.append(NameUsage([statement]))
        let scope = scopes.count - 1
        defer {
            renames[scope] = nil
            scopes.removeLast()
            usages.removeLast()
        }
        var result: [String] = []
        switch initializer {
        case .variable(let declaration): result += try variable(declaration)
        case .expression(let expression): result += try expressionStatement(expression)
        case nil: break
        }
        let condition = try test.map { expression throws(Untranslatable) in try self.condition(expression) }
        let updateLines: [String]
        if let update, !(ControlFlow.terminates(body) && !ControlFlow.containsContinue([body])) {
            updateLines = try expressionStatement(update)
        } else {
            updateLines = []
        }
        let bodyLabel = !updateLines.isEmpty && ControlFlow.containsContinue([body]) ? temporary("step") : nil
        result.append("while \(condition.map(root) ?? "true") {")
        let bodyWrites = NameUsage([body]).writes
        var copies: [String] = []
        var writeBacks: [String] = []
        for name in copied {
            let copy = temporary(name)
            renames[scope, default: [:]][name] = copy
            let keyword = bodyWrites.contains(name) ? "var" : "let"
            copies.append("\(keyword) \(copy) = \(SwiftText.name(name))")
            if bodyWrites.contains(name), !ControlFlow.terminates(body) || ControlFlow.containsContinue([body]) {
                writeBacks.append("\(SwiftText.name(name)) = \(copy)")
            }
        }
        let bodyLines = loopBody(body, bodyLabel: bodyLabel)
        renames[scope] = nil
        result += indent(copies)
        if let bodyLabel {
            result += indent(["\(bodyLabel): do {"] + indent(bodyLines) + ["}"])
        } else {
            result += indent(bodyLines)
        }
        result += indent(writeBacks + updateLines)
        result.append("}")
        return declared.isEmpty ? result : ["do {"] + indent(result) + ["}"]
    }

    /// A loop's body, with `break` and `continue` going to this loop.
    func loopBody(_ body: Statement, bodyLabel: String?) -> [String] {
        jumps.append(JumpTarget(kind: .loop(label: nil, bodyLabel: bodyLabel)))
        defer { jumps.removeLast() }
        return statementBlock(body)
    }

    /// `for (x of xs)`: over the values `for…of` visits.
    func forOf(_ statement: Statement, binding: ForBinding, iterable: Expression, body: Statement, isAwait: Bool)
        throws(Untranslatable) -> [String]
    {
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        let values = try expression(iterable)
        let sequence = SwiftCode("\(values.receiver).iteratedValues", awaits: values.awaits)
        return try loop(statement, binding: binding, sequence: sequence, body: body, isAwait: isAwait)
    }

    /// `for (key in object)`: over `Object.keys(object)`.
    func forIn(_ statement: Statement, binding: ForBinding, object: Expression, body: Statement)
        throws(Untranslatable) -> [String]
    {
        let object = try expression(object)
        let keys = try global("Object")
        let sequence = SwiftCode("\(keys.text).keys(\(object.text)).iteratedValues", awaits: true)
        return try loop(statement, binding: binding, sequence: sequence, body: body, isAwait: false)
    }

    private func loop(_ statement: Statement, binding: ForBinding, sequence: SwiftCode, body: Statement, isAwait: Bool)
        throws(Untranslatable) -> [String]
    {
        var declared: Set<String> = []
        if case .declaration(_, let pattern) = binding { declared = Set(Self.boundNames(pattern)) }
        scopes.append(declared)
        let usage = NameUsage([statement])
        usages.append(usage)
        defer {
            scopes.removeLast()
            usages.removeLast()
        }
        let header: String
        var prelude: [String] = []
        if case .declaration(_, .identifier(let name)) = binding, !isAwait {
            let swiftName = SwiftText.name(name)
            if !usage.reads.contains(name), !usage.writes.contains(name) {
                header = "_"
            } else {
                header = usage.writes.contains(name) ? "var \(swiftName)" : swiftName
            }
        } else {
            let item = temporary("item")
            header = item
            let value =
                isAwait ? SwiftCode("\(item).awaited()", awaits: true) : SwiftCode(item)
            switch binding {
            case .declaration(_, let pattern):
                prelude = try bind(pattern, to: value, simple: true, declaring: true)
            case .target(let target):
                prelude = try bind(Self.unwrapped(.expression(target)), to: value, simple: true, declaring: false)
            }
        }
        return ["for \(header) in \(root(sequence)) {"] + indent(prelude + loopBody(body, bodyLabel: nil)) + ["}"]
    }

    /// `switch`: an if/else chain when every case ends its own way, else a `do` with a `matched` flag that lets
    /// cases fall through.
    func switchStatement(_ discriminant: Expression, _ cases: [SwitchCase]) throws(Untranslatable) -> [String] {
        var result: [String] = []
        conditionDepth += 1
        defer { conditionDepth -= 1 }
        var value = try expression(discriminant)
        if !Self.isSimple(discriminant) || value.awaits {
            let name = temporary("value")
            result.append(contentsOf: split("let \(name) = \(root(value.typed))"))
            value = SwiftCode(name)
        }
        let plan = SwitchPlan(cases)
        func test(_ tests: [Expression]) throws(Untranslatable) -> SwiftCode {
            var parts: [SwiftCode] = []
            for expression in tests {
                let comparison = try binary(.strictEqual, value, self.expression(expression))
                parts.append(SwiftCode("(\(comparison.text)).isTruthy", awaits: comparison.awaits))
            }
            return SwiftCode(
                parts.map(\.text).joined(separator: " || "), parts.count > 1 ? .disjunction : .postfix,
                awaits: parts.contains(where: \.awaits))
        }
        if plan.isChain {
            jumps.append(JumpTarget(kind: .chain))
            defer { jumps.removeLast() }
            var opened = false
            for group in plan.groups where !group.isDefault {
                let condition = try test(group.tests)
                result.append((opened ? "} else if " : "if ") + root(condition) + " {")
                result += indent(block(SwitchPlan.droppingTrailingBreak(group.body), usage: NameUsage(group.body)))
                opened = true
            }
            if let fallback = plan.groups.first(where: \.isDefault) {
                result.append(opened ? "} else {" : "do {")
                result += indent(block(SwitchPlan.droppingTrailingBreak(fallback.body), usage: NameUsage(fallback.body)))
            }
            result.append("}")
            return result
        }
        if let index = cases.firstIndex(where: { $0.test == nil }), index != cases.count - 1 {
            throw Untranslatable("a default case before other cases that falls through")
        }
        let label = cases.contains { ControlFlow.containsBreak($0.body) } ? temporary("cases") : nil
        let matched = temporary("matched")
        jumps.append(JumpTarget(kind: label.map { .labelled($0) } ?? .chain))
        defer { jumps.removeLast() }
        var inner = ["var \(matched) = false"]
        for switchCase in cases {
            let body = block(switchCase.body, usage: NameUsage(switchCase.body))
            if let caseTest = switchCase.test {
                let condition = try test([caseTest])
                inner.append("if \(matched) || \(root(condition)) {")
                inner += indent(["\(matched) = true"] + body)
                inner.append("}")
            } else {
                inner += ["do {"] + indent(body) + ["}"]
            }
        }
        return result + [label.map { "\($0): do {" } ?? "do {"] + indent(inner) + ["}"]
    }
}
