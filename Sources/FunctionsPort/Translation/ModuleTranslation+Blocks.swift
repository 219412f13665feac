import JavaScriptSyntax

extension ModuleTranslation {
    /// Translates a block's statements in a scope of their own; function declarations come first enough to be
    /// defined before anything uses them (JavaScript hoists them).
    func block(_ statements: [Statement], usage: NameUsage, declaring parameters: Set<String> = []) -> [String] {
        scopes.append(parameters.union(Self.declaredNames(statements)))
        usages.append(usage)
        defer {
            scopes.removeLast()
            usages.removeLast()
        }
        let order = Self.placement(of: statements)
        let recursive = Self.recursiveFunctions(statements)
        var result: [String] = []
        var declaredRecursive: Set<String> = []
        var terminated = false
        for index in order {
            let statement = statements[index]
            if terminated {
                if case .empty = statement.kind { continue }
                result += lines.comments(above: statement.range.line)
                result += lines.text(of: statement.range).map { "// " + $0 }
                continue
            }
            if case .function(let function) = statement.kind, let name = function.name, recursive.contains(name),
                !declaredRecursive.contains(name)
            {
                let group = order.compactMap { other -> String? in
                    guard case .function(let node) = statements[other].kind, let otherName = node.name,
                        recursive.contains(otherName), !declaredRecursive.contains(otherName)
                    else { return nil }
                    return otherName
                }
                for name in group {
                    result.append("var \(SwiftText.name(name)): JSValue = .undefined")
                    declaredRecursive.insert(name)
                }
            }
            result += lines.comments(above: statement.range.line)
            result += translate(statement, recursive: declaredRecursive)
            terminated = ControlFlow.terminates(statement)
        }
        return result
    }

    /// One statement, or its TODO comment (and placeholders for the names it declares) when it cannot be.
    func translate(_ statement: Statement, recursive: Set<String> = []) -> [String] {
        let saved = checkpoint
        do {
            return try self.statement(statement, recursive: recursive)
        } catch {
            restore(saved)
            var result = todo(statement.range, reason: error.reason)
            for name in Self.declaredNames([statement]) where !recursive.contains(name) {
                result += declare(name, value: ".undefined", typed: false)
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

    /// Function declarations that refer to themselves, directly or through each other: declared as `var` first.
    static func recursiveFunctions(_ statements: [Statement]) -> Set<String> {
        var calls: [String: Set<String>] = [:]
        for statement in statements {
            if case .function(let function) = statement.kind, let name = function.name {
                calls[name] = NameUsage(function: function).reads
            }
        }
        var result: Set<String> = []
        for name in calls.keys {
            var seen: Set<String> = []
            var pending = Array(calls[name] ?? [])
            while let next = pending.popLast() {
                if next == name {
                    result.insert(name)
                    break
                }
                guard calls[next] != nil, seen.insert(next).inserted else { continue }
                pending += calls[next] ?? []
            }
        }
        return result
    }
}
