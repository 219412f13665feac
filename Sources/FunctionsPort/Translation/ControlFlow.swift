import JavaScriptSyntax

/// Where control goes, judged the way Swift judges the translation (so no `return .undefined` or statement is
/// emitted where Swift would warn that it never runs).
enum ControlFlow {
    /// Whether control never reaches the end of `statements`.
    static func terminates(_ statements: [Statement]) -> Bool {
        statements.contains(where: terminates)
    }

    /// Whether control never reaches the end of `statement`.
    static func terminates(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .return, .throw, .break, .continue:
            return true
        case .block(let statements):
            return terminates(statements)
        case .if(_, let consequent, let alternate):
            guard let alternate else { return false }
            return terminates(consequent) && terminates(alternate)
        case .try(let body, _, let catchBody, let finally):
            if let finally { return terminates(finally) }
            return terminates(body) && (catchBody.map(terminates) ?? true)
        case .switch(_, let cases):
            let groups = SwitchPlan(cases)
            if groups.isChain {
                return groups.hasDefault && groups.groups.allSatisfy { terminatesWithoutBreak($0.body) }
            }
            guard let last = cases.last, last.test == nil else { return false }
            return terminatesWithoutBreak(last.body) && !cases.contains { containsBreak($0.body) }
        case .while(let test, let body):
            return isTrue(test) && !containsBreak([body])
        case .for(_, let test, _, let body):
            return (test.map(isTrue) ?? true) && !containsBreak([body])
        default:
            return false
        }
    }

    /// Whether the statements end in a `return` or `throw` (not in a `break`).
    static func terminatesWithoutBreak(_ statements: [Statement]) -> Bool {
        terminates(statements) && !containsBreak(statements)
    }

    /// `true` written as the test (`while (true)`), which Swift sees as an endless loop.
    static func isTrue(_ expression: Expression) -> Bool {
        switch expression {
        case .boolean(true): true
        case .parenthesized(let inner): isTrue(inner)
        default: false
        }
    }

    /// Whether an unlabelled `break` in `statements` leaves the enclosing loop or switch.
    static func containsBreak(_ statements: [Statement]) -> Bool {
        statements.contains { contains($0, breaks: true) }
    }

    /// Whether an unlabelled `continue` in `statements` goes to the enclosing loop.
    static func containsContinue(_ statements: [Statement]) -> Bool {
        statements.contains { contains($0, breaks: false) }
    }

    /// Whether `return`, `break` or `continue` leaves `statements` (functions inside excluded).
    static func containsJump(_ statements: [Statement]) -> Bool {
        statements.contains(where: containsJump)
    }

    private static func containsJump(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .return, .break, .continue: true
        default: children(of: statement).contains(where: containsJump)
        }
    }

    private static func contains(_ statement: Statement, breaks: Bool) -> Bool {
        switch statement.kind {
        // A labelled jump is not translated; counting it keeps the loop from looking endless.
        case .break: breaks
        case .continue: !breaks
        case .for, .forOf, .forIn, .while, .doWhile: false
        case .switch: breaks ? false : children(of: statement).contains { contains($0, breaks: false) }
        default: children(of: statement).contains { contains($0, breaks: breaks) }
        }
    }

    /// The statements directly inside `statement` (not inside its functions).
    static func children(of statement: Statement) -> [Statement] {
        switch statement.kind {
        case .block(let statements): statements
        case .if(_, let consequent, let alternate): [consequent] + (alternate.map { [$0] } ?? [])
        case .switch(_, let cases): cases.flatMap(\.body)
        case .for(_, _, _, let body), .forOf(_, _, let body, _), .forIn(_, _, let body), .while(_, let body),
            .doWhile(let body, _):
            [body]
        case .try(let body, _, let catchBody, let finally): body + (catchBody ?? []) + (finally ?? [])
        default: []
        }
    }
}

/// How a `switch` is translated: consecutive cases that share a body are one group.
struct SwitchPlan {
    struct Group {
        /// The `case` values (empty for the default group alone).
        var tests: [Expression]
        var isDefault: Bool
        var body: [Statement]
    }

    var groups: [Group] = []
    /// Every group ends in `break`, `return`, `throw` or `continue` (or is last), with no other `break`: an
    /// if/else chain with the trailing breaks dropped.
    var isChain: Bool
    var hasDefault: Bool

    init(_ cases: [SwitchCase]) {
        var pending: [Expression] = []
        var pendingDefault = false
        for switchCase in cases {
            if let test = switchCase.test { pending.append(test) } else { pendingDefault = true }
            if switchCase.body.isEmpty { continue }
            groups.append(Group(tests: pending, isDefault: pendingDefault, body: switchCase.body))
            pending = []
            pendingDefault = false
        }
        if !pending.isEmpty || pendingDefault {
            groups.append(Group(tests: pending, isDefault: pendingDefault, body: []))
        }
        let groups = groups
        hasDefault = groups.contains(where: \.isDefault)
        isChain = groups.indices.allSatisfy { index in
            let body = Self.droppingTrailingBreak(groups[index].body)
            if ControlFlow.containsBreak(body) { return false }
            return index == groups.count - 1 || ControlFlow.terminates(groups[index].body)
        }
    }

    /// The statements without a final `break`.
    static func droppingTrailingBreak(_ body: [Statement]) -> [Statement] {
        if let last = body.last, case .break(nil) = last.kind { return Array(body.dropLast()) }
        return body
    }
}
