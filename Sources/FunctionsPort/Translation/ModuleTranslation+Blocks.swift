import JavaScriptSyntax

extension ModuleTranslation {
    /// Translates a block's statements in a scope of their own; function declarations come first enough to be
    /// defined before anything uses them (JavaScript hoists them).
    ///
    /// A name that a function captures before the statement declaring it has run (a function calling one declared
    /// after it, arrows in constants calling each other, recursion) is declared first as
    /// `var name: JSValue = .undefined` and its declaration becomes an assignment: a Swift closure cannot capture
    /// a local declared after it.
    func block(_ statements: [Statement], usage: NameUsage, declaring parameters: Set<String> = []) -> [String] {
        scopes.append(parameters.union(Self.declaredNames(statements)))
        usages.append(usage)
        defer {
            scopes.removeLast()
            usages.removeLast()
        }
        let order = Self.placement(of: statements)
        let early = Self.capturedBeforeDeclared(statements, order: order)
        var result = early.map { "var \(SwiftText.name($0)): JSValue = .undefined" }
        let predeclared = Set(early)
        var terminated = false
        for index in order {
            let statement = statements[index]
            if terminated {
                if case .empty = statement.kind { continue }
                result += lines.comments(above: statement.range.line)
                result += lines.text(of: statement.range).map { "// " + $0 }
                continue
            }
            result += lines.comments(above: statement.range.line)
            result += translate(statement, predeclared: predeclared)
            terminated = ControlFlow.terminates(statement)
        }
        return result
    }

    /// One statement, or its TODO comment (and placeholders for the names it declares) when it cannot be.
    func translate(_ statement: Statement, predeclared: Set<String> = []) -> [String] {
        let saved = checkpoint
        do {
            return try self.statement(statement, predeclared: predeclared)
        } catch {
            restore(saved)
            var result = todo(statement.range, reason: error.reason)
            for name in Self.declaredNames([statement]).sorted() {
                // A name declared first is assigned all the same, so that Swift does not ask for a `let`.
                if predeclared.contains(name) {
                    result.append("\(SwiftText.name(name)) = .undefined")
                } else {
                    result += declare(name, value: ".undefined", typed: false)
                }
            }
            return result
        }
    }

    /// `let name = value` (or `var` when the block reassigns it), then `_ = name` when nothing reads it.
    func declare(_ name: String, value: String, typed: Bool) -> [String] {
        let usage = usages.last
        let keyword = usage?.writes.contains(name) == true ? "var" : "let"
        let swiftName = SwiftText.name(name)
        var result = split("\(keyword) \(swiftName)\(typed ? "" : ": JSValue") = \(value)")
        if usage?.reads.contains(name) != true {
            result.append("_ = \(swiftName)")
        }
        return result
    }

    /// The names a block's own declarations bind.
    static func declaredNames(_ statements: [Statement]) -> Set<String> {
        var names: Set<String> = []
        for statement in statements {
            switch statement.kind {
            case .variable(let declaration):
                for declarator in declaration.declarators { names.formUnion(boundNames(declarator.pattern)) }
            case .function(let function):
                if let name = function.name { names.insert(name) }
            default:
                break
            }
        }
        return names
    }

    /// The names a binding pattern declares.
    static func boundNames(_ pattern: Pattern) -> [String] {
        switch pattern {
        case .identifier(let name): [name]
        case .object(let properties, let rest): properties.flatMap { boundNames($0.value) } + (rest.map { [$0] } ?? [])
        case .array(let elements, let rest): elements.compactMap { $0 }.flatMap(boundNames) + (rest.map(boundNames) ?? [])
        case .defaulted(let inner, _): boundNames(inner)
        case .expression: []
        }
    }

    /// The order to emit a block's statements in: a function declaration moves up to just before the first
    /// statement that uses it (directly or through another function), and above a statement that ends the block.
    static func placement(of statements: [Statement]) -> [Int] {
        var target: [Int: Int] = [:]
        var names: [Int: String] = [:]
        for (index, statement) in statements.enumerated() {
            if case .function(let function) = statement.kind, let name = function.name {
                target[index] = index
                names[index] = name
            }
        }
        guard !target.isEmpty else { return Array(statements.indices) }
        let reads = statements.map { NameUsage([$0]).reads }
        if let end = statements.firstIndex(where: ControlFlow.terminates) {
            for (index, position) in target where position > end { target[index] = end }
        }
        var changed = true
        while changed {
            changed = false
            for (function, name) in names {
                for (index, read) in reads.enumerated() where index != function && read.contains(name) {
                    let position = target[index] ?? index
                    if position < target[function]! {
                        target[function] = position
                        changed = true
                    }
                }
            }
        }
        return statements.indices.sorted { left, right in
            let leftKey = (target[left] ?? left, target[left] == nil ? 1 : 0, left)
            let rightKey = (target[right] ?? right, target[right] == nil ? 1 : 0, right)
            return leftKey < rightKey
        }
    }

    /// The names declared by the statements emitted in `order` (up to the first that ends the block) that a
    /// function captures in or before the statement declaring them, in the order they are declared. A
    /// destructuring declaration counts whole: all its names or none.
    static func capturedBeforeDeclared(_ statements: [Statement], order: [Int]) -> [String] {
        var emitted: [Statement] = []
        for index in order {
            emitted.append(statements[index])
            if ControlFlow.terminates(statements[index]) { break }
        }
        let declared = declaredNames(emitted)
        var seen: Set<String> = []
        var early: Set<String> = []
        for statement in emitted {
            early.formUnion(NameUsage([statement]).captures.intersection(declared).subtracting(seen))
            seen.formUnion(declaredNames([statement]))
        }
        var result: [String] = []
        for statement in emitted {
            for group in declaredGroups(statement) where group.contains(where: early.contains) {
                result += group.filter { !result.contains($0) }
            }
        }
        return result
    }

    /// The names a statement declares, one group a declarator, in source order.
    private static func declaredGroups(_ statement: Statement) -> [[String]] {
        switch statement.kind {
        case .variable(let declaration): declaration.declarators.map { boundNames($0.pattern) }
        case .function(let function): function.name.map { [[$0]] } ?? []
        default: []
        }
    }
}
