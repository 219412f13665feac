/// Where a piece of JavaScript is in its file: 1-based line and column, and UTF-8 offsets.
public struct SourceRange: Sendable, Hashable {
    /// The 1-based line of the first character.
    public var line: Int
    /// The 1-based column (in Unicode scalars) of the first character.
    public var column: Int
    /// The UTF-8 offset of the first character.
    public var start: Int
    /// The UTF-8 offset just past the last character.
    public var end: Int

    /// Creates a range.
    public init(line: Int, column: Int, start: Int, end: Int) {
        self.line = line
        self.column = column
        self.start = start
        self.end = end
    }
}

/// A parsed JavaScript file (a CommonJS module, as Twilio Functions are).
///
/// ```swift
/// let program = try Parser.parse("exports.handler = (context, event, callback) => callback(null, 'hi');")
/// program.body.count   // 1
/// ```
public struct Program: Sendable {
    /// The file's statements, in order.
    public var body: [Statement]
    /// The file's text, to quote a statement's original lines (`source[range]`).
    public var source: String

    /// Creates a program.
    public init(body: [Statement], source: String) {
        self.body = body
        self.source = source
    }

    /// The original text of `range`.
    public func text(of range: SourceRange) -> String {
        let utf8 = source.utf8
        let start = min(max(range.start, 0), utf8.count)
        let end = min(max(range.end, start), utf8.count)
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }
}

/// One statement with where it is in the file.
public struct Statement: Sendable {
    /// What the statement is.
    public var kind: StatementKind
    /// Where it is, from its first token to its last (the `;` included when there is one).
    public var range: SourceRange
    /// The label of a labelled loop (`outer: for (…) {…}`), which `break outer` and `continue outer` name.
    public var label: String? = nil

    /// Creates a statement.
    public init(_ kind: StatementKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// The statements of the JavaScript that Functions are written in.
public indirect enum StatementKind: Sendable {
    /// `let`, `const` or `var` with one or more declarators.
    case variable(VariableDeclaration)
    /// `function name(...) {...}` or `async function name(...) {...}`.
    case function(FunctionNode)
    /// An expression followed by `;` (or by automatic semicolon insertion).
    case expression(Expression)
    /// `{ ... }`.
    case block([Statement])
    /// `if (test) consequent else alternate`.
    case `if`(test: Expression, consequent: Statement, alternate: Statement?)
    /// `switch (discriminant) { case ...: ... default: ... }`.
    case `switch`(discriminant: Expression, cases: [SwitchCase])
    /// `for (initializer; test; update) body`.
    case `for`(initializer: ForInitializer?, test: Expression?, update: Expression?, body: Statement)
    /// `for (const x of xs) body` (`for await` sets `isAwait`).
    case forOf(binding: ForBinding, iterable: Expression, body: Statement, isAwait: Bool)
    /// `for (const key in object) body`.
    case forIn(binding: ForBinding, object: Expression, body: Statement)
    /// `while (test) body`.
    case `while`(test: Expression, body: Statement)
    /// `do body while (test)`.
    case doWhile(body: Statement, test: Expression)
    /// `return` with an optional value.
    case `return`(Expression?)
    /// `break` with an optional label.
    case `break`(label: String?)
    /// `continue` with an optional label.
    case `continue`(label: String?)
    /// `throw value`.
    case `throw`(Expression)
    /// `try {...} catch (parameter) {...} finally {...}`; `catch` without a parameter has `nil`.
    case `try`(body: [Statement], catchParameter: Pattern?, catchBody: [Statement]?, finally: [Statement]?)
    /// A lone `;`.
    case empty
    /// Syntax that parses but that this model does not describe (a `class`, a generator, a
    /// labelled statement, getters and setters…): kept as its text so a translator can mark it.
    case unsupported(reason: String)
}

/// `let`/`const`/`var` and its declarators.
public struct VariableDeclaration: Sendable {
    /// The declaration keyword.
    public enum Kind: String, Sendable {
        case `var`, `let`, const
    }
    /// Which keyword declared it.
    public var kind: Kind
    /// Each `pattern = initializer` (the initializer is optional except for `const`).
    public var declarators: [(pattern: Pattern, initializer: Expression?)]

    /// Creates a declaration.
    public init(kind: Kind, declarators: [(pattern: Pattern, initializer: Expression?)]) {
        self.kind = kind
        self.declarators = declarators
    }
}

/// One `case test:` (or `default:` when `test` is `nil`) of a `switch` with its statements.
public struct SwitchCase: Sendable {
    /// The value compared with `===`; `nil` for `default`.
    public var test: Expression?
    /// The statements up to the next `case` (falling through when they do not `break`).
    public var body: [Statement]

    /// Creates a case.
    public init(test: Expression?, body: [Statement]) {
        self.test = test
        self.body = body
    }
}

/// The first clause of a `for (;;)`.
public enum ForInitializer: Sendable {
    /// `let i = 0`.
    case variable(VariableDeclaration)
    /// `i = 0`.
    case expression(Expression)
}

/// The left side of `for ... of` / `for ... in`.
public enum ForBinding: Sendable {
    /// `const x`, `let [k, v]`…: a new binding (`kind` is never `nil` here).
    case declaration(VariableDeclaration.Kind, Pattern)
    /// An existing variable or member: `for (x of xs)`.
    case target(Expression)
}

/// A binding target: a name or a destructuring pattern.
public indirect enum Pattern: Sendable {
    /// `name`.
    case identifier(String)
    /// `{ a, b: c, d = 1, ...rest }`.
    case object([ObjectPatternProperty], rest: String?)
    /// `[a, , b = 2, ...rest]`; a hole is `nil`.
    case array([Pattern?], rest: Pattern?)
    /// `pattern = defaultValue` (in destructuring and parameters).
    case defaulted(Pattern, Expression)
    /// A member as an assignment target in a destructuring assignment (`[obj.a] = ...`).
    case expression(Expression)
}

/// One `key: pattern` of an object pattern (`{ a }` is key `a`, value `.identifier("a")`).
public struct ObjectPatternProperty: Sendable {
    /// The property read.
    public var key: PropertyKey
    /// Where its value goes (possibly `.defaulted`).
    public var value: Pattern

    /// Creates a property pattern.
    public init(key: PropertyKey, value: Pattern) {
        self.key = key
        self.value = value
    }
}

/// A property name in an object literal or pattern.
public indirect enum PropertyKey: Sendable {
    /// `name`, `'quoted name'` or a number, as the string it names.
    case name(String)
    /// `[expression]`.
    case computed(Expression)
}

/// A function: a declaration, a `function` expression, an arrow, or an object method.
public struct FunctionNode: Sendable {
    /// The name of a declaration or named expression.
    public var name: String?
    /// The parameters, each possibly `.defaulted` or destructuring.
    public var parameters: [Pattern]
    /// `...rest`.
    public var rest: Pattern?
    /// The body.
    public var body: FunctionBody
    /// `async`.
    public var isAsync: Bool
    /// `=>` rather than `function` (no `this` or `arguments` of its own).
    public var isArrow: Bool
    /// Where the function is, from `async`/`function`/its parameters to its closing brace.
    public var range: SourceRange

    /// Creates a function.
    public init(
        name: String?, parameters: [Pattern], rest: Pattern?, body: FunctionBody, isAsync: Bool, isArrow: Bool,
        range: SourceRange
    ) {
        self.name = name
        self.parameters = parameters
        self.rest = rest
        self.body = body
        self.isAsync = isAsync
        self.isArrow = isArrow
        self.range = range
    }
}

/// A function's body: statements, or the single expression of a concise arrow.
public enum FunctionBody: Sendable {
    /// `{ ... }`.
    case block([Statement])
    /// `x => x + 1`.
    case expression(Expression)
}

/// One element of an array literal.
public enum ArrayElement: Sendable {
    /// A value.
    case value(Expression)
    /// `...iterable`.
    case spread(Expression)
    /// An elision: `[1, , 3]`.
    case hole
}

/// One entry of an object literal.
public enum ObjectProperty: Sendable {
    /// `key: value`, `key` (shorthand: value is the identifier) or `key() {}` (value is a function).
    case property(key: PropertyKey, value: Expression)
    /// `...object`.
    case spread(Expression)
}

/// One argument of a call or `new`.
public enum Argument: Sendable {
    /// A value.
    case value(Expression)
    /// `...iterable`.
    case spread(Expression)
}

/// The expressions of the JavaScript that Functions are written in.
public indirect enum Expression: Sendable {
    /// A name: a variable, a parameter or a global (`undefined` is one too).
    case identifier(String)
    /// A number literal: its value and its text (`0x1F`, `1e3`).
    case number(Double, raw: String)
    /// A string literal, escapes decoded.
    case string(String)
    /// A template literal: `strings.count == expressions.count + 1`, strings decoded ("cooked").
    case template(strings: [String], expressions: [Expression])
    /// A tagged template literal: `` tag`...` ``.
    case taggedTemplate(tag: Expression, strings: [String], expressions: [Expression])
    /// `/pattern/flags`.
    case regex(pattern: String, flags: String)
    /// `true` or `false`.
    case boolean(Bool)
    /// `null`.
    case null
    /// `this`.
    case this
    /// `[a, ...b, , c]`.
    case array([ArrayElement])
    /// `{ a: 1, b, ...c, [d]: e, f() {} }`.
    case object([ObjectProperty])
    /// A `function` expression or an arrow.
    case function(FunctionNode)
    /// `!x`, `-x`, `+x`, `~x`, `typeof x`, `void x`, `delete x`.
    case unary(UnaryOperator, Expression)
    /// `++x`, `x--`…
    case update(UpdateOperator, prefix: Bool, Expression)
    /// `a + b`, `a === b`, `a instanceof B`, `a in b`…
    case binary(BinaryOperator, Expression, Expression)
    /// `a && b`, `a || b`, `a ?? b`.
    case logical(LogicalOperator, Expression, Expression)
    /// `test ? consequent : alternate`.
    case conditional(test: Expression, consequent: Expression, alternate: Expression)
    /// `target = value`, `target += value`…; a destructuring target is `.expression` of its
    /// pattern only for `=`.
    case assignment(AssignmentOperator, target: Pattern, value: Expression)
    /// `a, b`.
    case sequence([Expression])
    /// `object.name`, or `object?.name` when `optional`.
    case member(Expression, name: String, optional: Bool)
    /// `object[key]`, or `object?.[key]` when `optional`.
    case index(Expression, key: Expression, optional: Bool)
    /// `callee(arguments)`, or `callee?.(arguments)` when `optional`.
    case call(Expression, arguments: [Argument], optional: Bool)
    /// `new callee(arguments)` (`new X` without parentheses has no arguments).
    case new(Expression, arguments: [Argument])
    /// `await value`.
    case await(Expression)
    /// `(expression)`, kept so a translation can keep the author's grouping.
    case parenthesized(Expression)
}

/// Prefix operators other than `++`/`--`.
public enum UnaryOperator: String, Sendable {
    case not = "!", minus = "-", plus = "+", bitwiseNot = "~", typeof, void, delete
}

/// `++` and `--`.
public enum UpdateOperator: String, Sendable {
    case increment = "++", decrement = "--"
}

/// Binary operators other than the logical ones.
public enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%", exponent = "**"
    case equal = "==", notEqual = "!=", strictEqual = "===", strictNotEqual = "!=="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case leftShift = "<<", rightShift = ">>", unsignedRightShift = ">>>"
    case bitwiseAnd = "&", bitwiseOr = "|", bitwiseXor = "^"
    case `instanceof`, `in`
}

/// `&&`, `||` and `??`.
public enum LogicalOperator: String, Sendable {
    case and = "&&", or = "||", nullish = "??"
}

/// `=` and the compound assignments.
public enum AssignmentOperator: String, Sendable {
    case assign = "="
    case add = "+=", subtract = "-=", multiply = "*=", divide = "/=", remainder = "%=", exponent = "**="
    case leftShift = "<<=", rightShift = ">>=", unsignedRightShift = ">>>="
    case bitwiseAnd = "&=", bitwiseOr = "|=", bitwiseXor = "^="
    case and = "&&=", or = "||=", nullish = "??="
}

/// A syntax error: what was expected, and where.
public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, e.g. "expected ')' after the arguments".
    public var message: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column.
    public var column: Int

    /// Creates an error.
    public init(_ message: String, line: Int, column: Int) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
