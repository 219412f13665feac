import JavaScriptSyntax

extension ModuleTranslation {
    /// `try`/`catch`/`finally`: a `do`/`catch`, and `finally` after it with the error saved and rethrown.
    ///
    /// A `return`, `break` or `continue` leaving the `try` or `catch` block of a `try…finally` notes itself in a
    /// variable and leaves a labelled `do`; after the `finally` block, the variable's jump is made.
    func tryStatement(body: [Statement], parameter: Pattern?, catchBody: [Statement]?, finally: [Statement]?)
        throws(Untranslatable) -> [String]
    {
        guard let finally else {
            return try tryAndCatch(body: body, parameter: parameter, catchBody: catchBody, exit: nil).lines
        }
        let finallyEnds = ControlFlow.terminates(finally)
        if finallyEnds, ControlFlow.containsJump(body + (catchBody ?? [])) {
            throw Untranslatable("return, break or continue inside a try…finally whose finally block also jumps")
        }
        let exit = FinallyExit()
        var (inner, innerThrows) = try tryAndCatch(body: body, parameter: parameter, catchBody: catchBody, exit: exit)
        if let label = exit.label { inner[0] = "\(label): " + inner[0] }
        let finallyLines = ["do {"] + indent(block(finally, usage: NameUsage(finally))) + ["}"]
        var exits: [String] = []
        if let returned = exit.returned {
            exits += ["if let \(returned) {"] + indent(returning(SwiftCode(returned))) + ["}"]
        }
        if let breaking = exit.breaking { exits += ["if \(breaking) {"] + indent(try self.breaking()) + ["}"] }
        if let continuing = exit.continuing {
            exits += ["if \(continuing) {"] + indent(try self.continuing()) + ["}"]
        }
        guard innerThrows else { return exit.declarations + inner + finallyLines + exits }
        // A `finally` block that ends the function replaces the error, as in JavaScript.
        if finallyEnds { return ["do {"] + indent(inner) + ["} catch {}"] + finallyLines }
        let pending = temporary("pendingError")
        throwingSites += 1
        return exit.declarations + ["var \(pending): (any Swift.Error)? = nil", "do {"] + indent(inner) + [
            "} catch {", "    \(pending) = error", "}",
        ] + finallyLines + ["if let \(pending) { throw \(pending) }"] + exits
    }

    /// The `do` of the `try` block with its `catch`, and whether anything in them can throw; inside a
    /// `try…finally` (`exit`), jumps out of them go through `exit`.
    private func tryAndCatch(body: [Statement], parameter: Pattern?, catchBody: [Statement]?, exit: FinallyExit?)
        throws(Untranslatable) -> (lines: [String], throws: Bool)
    {
        if let exit { jumps.append(JumpTarget(kind: .finally(exit))) }
        defer { if exit != nil { jumps.removeLast() } }
        let before = throwingSites
        let bodyLines = block(body, usage: NameUsage(body))
        let bodyThrows = throwingSites > before
        guard let catchBody, bodyThrows else { return (["do {"] + indent(bodyLines) + ["}"], bodyThrows) }
        let usage = NameUsage(catchBody)
        var header = "} catch {"
        var prelude: [String] = []
        let names = Set(parameter.map(Self.boundNames) ?? [])
        if let parameter, !names.isDisjoint(with: usage.reads.union(usage.writes)) {
            let thrown = temporary("thrown")
            header = "} catch let \(thrown) {"
            scopes.append(names)
            usages.append(usage)
            defer {
                scopes.removeLast()
                usages.removeLast()
            }
            prelude = try bind(parameter, to: SwiftCode("JSValue(caught: \(thrown))"), simple: true, declaring: true)
        }
        let catchBefore = throwingSites
        let catchLines = block(catchBody, usage: usage, declaring: names)
        let lines = ["do {"] + indent(bodyLines) + [header] + indent(prelude + catchLines) + ["}"]
        return (lines, throwingSites > catchBefore)
    }

    /// `return value`, or inside a `try…finally`, noting the value and leaving for the `finally` block.
    func returning(_ value: SwiftCode) -> [String] {
        guard let exit = innermostFinally else { return split("return " + root(value)) }
        let name = exit.returned ?? temporary("returned")
        exit.returned = name
        // `nil` would empty the optional rather than hold `null`.
        let value = value.text == "nil" ? value.typed : value
        return split("\(name) = \(root(value))") + ["break \(label(of: exit))"]
    }

    /// `break` to the innermost loop or `switch`, or out of a `try…finally` to it.
    func breaking() throws(Untranslatable) -> [String] {
        guard let target = jumps.last else { throw Untranslatable("break outside a loop or switch") }
        switch target.kind {
        case .finally(let exit):
            let name = exit.breaking ?? temporary("breaking")
            exit.breaking = name
            return ["\(name) = true", "break \(label(of: exit))"]
        case .labelled(let name):
            return ["break \(name)"]
        case .loop, .chain:
            return ["break"]
        }
    }

    /// `continue` to the innermost loop (a `break` out of its body when it has an update), or out of a
    /// `try…finally` to it.
    func continuing() throws(Untranslatable) -> [String] {
        for target in jumps.reversed() {
            switch target.kind {
            case .finally(let exit):
                let name = exit.continuing ?? temporary("continuing")
                exit.continuing = name
                return ["\(name) = true", "break \(label(of: exit))"]
            case .loop(_, let bodyLabel):
                return [bodyLabel.map { "break \($0)" } ?? "continue"]
            case .chain, .labelled:
                continue
            }
        }
        throw Untranslatable("continue outside a loop")
    }

    private var innermostFinally: FinallyExit? {
        for target in jumps.reversed() {
            if case .finally(let exit) = target.kind { return exit }
        }
        return nil
    }

    private func label(of exit: FinallyExit) -> String {
        let label = exit.label ?? temporary("attempt")
        exit.label = label
        return label
    }
}
