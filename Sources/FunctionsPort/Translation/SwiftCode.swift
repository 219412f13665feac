/// A translated expression: its Swift text and what its context must know about it.
struct SwiftCode {
    /// The Swift expression (without `try await`; the statement that holds it adds them once).
    var text: String
    /// How tightly it binds, to parenthesize it inside a larger expression.
    var precedence: SwiftPrecedence
    /// Whether it calls, constructs or awaits something (so its statement needs `try await`).
    var awaits: Bool
    /// Whether Swift infers `JSValue` for it without a context (a bare literal could be an `Int` or a `String`).
    var isTyped: Bool

    /// How to write it as a `JSValue` without a context, when `(text as JSValue)` is not the clearest way.
    var typedText: String?

    init(
        _ text: String, _ precedence: SwiftPrecedence = .postfix, awaits: Bool = false, isTyped: Bool = true,
        typedText: String? = nil
    ) {
        self.text = text
        self.precedence = precedence
        self.awaits = awaits
        self.isTyped = isTyped
        self.typedText = typedText
    }

    /// The text as a `JSValue` where there is no context to give it that type.
    var typed: SwiftCode {
        if isTyped { return self }
        return SwiftCode(typedText ?? "(\(text) as JSValue)", awaits: awaits)
    }

    /// The text, parenthesized unless it binds at least as tightly as `precedence`.
    func operand(_ precedence: SwiftPrecedence) -> String {
        self.precedence >= precedence ? text : "(\(text))"
    }

    /// The text with the receiver form of a postfix operation (`x.name`, `x(…)`).
    var receiver: String { typed.operand(.postfix) }

    /// The text as a whole Swift expression: `try await` first when anything in it awaits.
    var statement: String { awaits ? "try await " + text : text }
}

/// Swift's operator precedence, as far as the translation uses it.
enum SwiftPrecedence: Int, Comparable {
    case ternary = 1, disjunction, conjunction, comparison, additive, multiplicative, prefix, postfix

    static func < (lhs: SwiftPrecedence, rhs: SwiftPrecedence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Why a statement is left as a `// TODO(port):` comment.
struct Untranslatable: Error {
    /// What is not supported, e.g. "labelled statements are not translated".
    var reason: String

    init(_ reason: String) {
        self.reason = reason
    }
}
