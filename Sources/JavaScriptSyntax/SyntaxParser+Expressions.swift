extension SyntaxParser {
    /// A comma-separated sequence of assignment expressions.
    mutating func parseExpression(allowIn: Bool = true) throws(ParseInterruption) -> Expression {
        let first = try parseAssignment(allowIn: allowIn)
        guard check(",") else { return first }
        var expressions = [first]
        while eat(",") {
            expressions.append(try parseAssignment(allowIn: allowIn))
        }
        return .sequence(expressions)
    }

    /// An arrow function, a conditional, or an assignment (right-associative).
    mutating func parseAssignment(allowIn: Bool = true) throws(ParseInterruption) -> Expression {
        try enter()
        defer { leave() }
        if let arrow = try parseArrowIfPresent(allowIn: allowIn) {
            return .function(arrow)
        }
        let start = current
        let left = try parseConditional(allowIn: allowIn)
        guard current.kind == .punctuator, let op = AssignmentOperator(rawValue: current.text) else { return left }
        advance()
        let target = try assignmentTarget(left, operator: op, at: start)
        let value = try parseAssignment(allowIn: allowIn)
        return .assignment(op, target: target, value: value)
    }

    private mutating func parseConditional(allowIn: Bool) throws(ParseInterruption) -> Expression {
        let test = try parseBinary(above: 0, allowIn: allowIn)
        guard check("?") else { return test }
        let question = advance()
        let consequent = try parseAssignment(allowIn: true)
        guard eat(":") else {
            throw fail("expected ':' for the conditional '?' at \(question.position), found \(current.described)")
        }
        let alternate = try parseAssignment(allowIn: allowIn)
        return .conditional(test: test, consequent: consequent, alternate: alternate)
    }

    /// A binary or logical operator and its precedence (higher binds tighter).
    private enum Infix {
        case binary(BinaryOperator)
        case logical(LogicalOperator)
    }

    private func infixOperator(allowIn: Bool) -> (precedence: Int, infix: Infix)? {
        let token = current
        if token.kind == .identifier {
            if token.text == "instanceof" { return (7, .binary(.instanceof)) }
            if token.text == "in" && allowIn { return (7, .binary(.in)) }
            return nil
        }
        guard token.kind == .punctuator else { return nil }
        if let logical = LogicalOperator(rawValue: token.text) {
            return (logical == .and ? 2 : 1, .logical(logical))
        }
        guard let binary = BinaryOperator(rawValue: token.text) else { return nil }
        let precedence =
            switch binary {
            case .bitwiseOr: 3
            case .bitwiseXor: 4
            case .bitwiseAnd: 5
            case .equal, .notEqual, .strictEqual, .strictNotEqual: 6
            case .less, .lessOrEqual, .greater, .greaterOrEqual, .instanceof, .in: 7
            case .leftShift, .rightShift, .unsignedRightShift: 8
            case .add, .subtract: 9
            case .multiply, .divide, .remainder: 10
            case .exponent: 11
            }
        return (precedence, .binary(binary))
    }

    /// Precedence climbing over the operators that bind tighter than `minimum`.
    private mutating func parseBinary(above minimum: Int, allowIn: Bool) throws(ParseInterruption) -> Expression {
        var left = try parseUnary()
        // Each operator of a chain nests the tree one level deeper (`a + b + c` is `(a + b) + c`).
        var levels = 0
        defer { depth -= levels }
        while let (precedence, infix) = infixOperator(allowIn: allowIn), precedence > minimum {
            try enter()
            levels += 1
            let token = advance()
            switch infix {
            case .binary(.exponent):
                if case .unary = left {
                    throw fail("a unary operator before '**' needs parentheses: write (-x) ** y or -(x ** y)", at: token)
                }
                if case .await = left {
                    throw fail("'await x' before '**' needs parentheses", at: token)
                }
                // Right-associative: the right operand takes further `**` itself.
                try enter()
                let right = try parseBinary(above: precedence - 1, allowIn: allowIn)
                leave()
                left = .binary(.exponent, left, right)
            case .binary(let op):
                left = .binary(op, left, try parseBinary(above: precedence, allowIn: allowIn))
            case .logical(let op):
                let right = try parseBinary(above: precedence, allowIn: allowIn)
                if Self.mixesNullish(op, left) || Self.mixesNullish(op, right) {
                    throw fail("'??' cannot be mixed with '||' or '&&' without parentheses", at: token)
                }
                left = .logical(op, left, right)
            }
        }
        return left
    }

    private static func mixesNullish(_ op: LogicalOperator, _ operand: Expression) -> Bool {
        guard case .logical(let inner, _, _) = operand else { return false }
        return (op == .nullish) != (inner == .nullish)
    }

    /// A prefix operator applied to what follows it.
    private enum Prefix {
        case unary(UnaryOperator)
        case update(UpdateOperator, Token)
        case await
    }

    /// Prefix operators and `await` (read in a loop, each one a level of nesting), then a postfix expression.
    mutating func parseUnary() throws(ParseInterruption) -> Expression {
        var prefixes: [Prefix] = []
        defer { depth -= prefixes.count }
        while let prefix = prefixOperator() {
            try enter()
            prefixes.append(prefix)
            advance()
        }
        let start = current
        var expression = try parseLeftHandSide()
        if current.kind == .punctuator, !current.newlineBefore, let op = UpdateOperator(rawValue: current.text) {
            try checkUpdateTarget(expression, at: start)
            advance()
            expression = .update(op, prefix: false, expression)
        }
        for prefix in prefixes.reversed() {
            switch prefix {
            case .unary(let op):
                expression = .unary(op, expression)
            case .update(let op, let operandToken):
                try checkUpdateTarget(expression, at: operandToken)
                expression = .update(op, prefix: true, expression)
            case .await:
                expression = .await(expression)
            }
        }
        return expression
    }

    /// The prefix operator at the current token, if any.
    private func prefixOperator() -> Prefix? {
        let token = current
        if token.kind == .punctuator {
            if let op = UnaryOperator(rawValue: token.text) { return .unary(op) }
            if let op = UpdateOperator(rawValue: token.text) { return .update(op, peek()) }
        } else if token.kind == .identifier {
            if ["typeof", "void", "delete"].contains(token.text), let op = UnaryOperator(rawValue: token.text) {
                return .unary(op)
            }
            if token.text == "await" && startsAwaitOperand(peek()) { return .await }
        }
        return nil
    }

    /// Whether `await` before `next` is the operator rather than a variable named `await`.
    private func startsAwaitOperand(_ next: Token) -> Bool {
        switch next.kind {
        case .end: false
        case .punctuator: !([")", "]", "}", ";", ",", ":", "=", "?", "=>", "?."].contains(next.text))
        case .identifier: !["in", "of", "instanceof"].contains(next.text)
        default: true
        }
    }

    private func checkUpdateTarget(_ operand: Expression, at token: Token) throws(ParseInterruption) {
        switch operand {
        case .identifier, .member(_, _, optional: false), .index(_, _, optional: false): return
        case .parenthesized(let inner): try checkUpdateTarget(inner, at: token)
        default: throw fail("invalid target for '++' or '--': only a variable or a property can be updated", at: token)
        }
    }
}
