import JavaScriptSyntax

/// The state of translating one parsed file: scopes, the globals it reads, and what was left as TODOs.
final class ModuleTranslation {
    /// What a `break` or `continue` inside a loop or `switch` turns into.
    struct JumpTarget {
        enum Kind {
            /// A loop: `continue` jumps to `continueLabel` (a `do` around the body, when the loop has an update).
            case loop(label: String?, bodyLabel: String?)
            /// A `switch` translated to an if-chain: its only breaks were the trailing ones, already dropped.
            case chain
            /// A `switch` translated to a labelled `do`: `break` leaves it.
            case labelled(String)
            /// The `try` and `catch` of a `try…finally`: a `return`, `break` or `continue` leaving them is noted
            /// and leaves their labelled `do`, so that the `finally` block runs first.
            case finally(FinallyExit)
        }

        var kind: Kind
    }

    /// One function being translated.
    struct FunctionFrame {
        /// An arrow (no `this` or `arguments` of its own) or the module body.
        var isArrow: Bool
        var isModule: Bool
    }

    let program: Program
    let file: String
    let lines: SourceLines
    private(set) var todos: [PortTODO] = []
    /// Globals read from `js`, in order of first use.
    var globals: [String] = []
    /// Names declared by the enclosing blocks, innermost last.
    var scopes: [Set<String>] = []
    /// Which names each enclosing block reads and reassigns, innermost last.
    var usages: [NameUsage] = []
    /// Names of a scope (by its index in `scopes`) that the code inside it reaches under another Swift name: a
    /// `for (let …)` variable's copy for one iteration.
    var renames: [Int: [String: String]] = [:]
    var functions: [FunctionFrame] = []
    var jumps: [JumpTarget] = []
    /// How many `try`/`throw` the current function has emitted (a `catch` needs one in its `do`).
    var throwingSites = 0
    /// Inside an `if`/`while` test or a `for` sequence, where a trailing closure is not allowed.
    var conditionDepth = 0
    /// Names the generated code must not reuse: every name in the file and every temporary so far.
    var takenNames: Set<String>

    init(program: Program, file: String) {
        self.program = program
        self.file = file
        self.lines = SourceLines(program.source)
        self.takenNames = NameUsage(program.body).all.union(SwiftText.renamed).union(SwiftText.keywords)
    }

    /// The module body's lines (indented for the body of the Swift function).
    func translateBody() -> [String] {
        functions.append(FunctionFrame(isArrow: false, isModule: true))
        let body = block(program.body, usage: NameUsage(program.body))
        functions.removeLast()
        var result: [String] = []
        if let first = todos.first {
            result.append(
                "try js.untranslated(file: \(SwiftText.literal(file)), line: \(first.line), \(SwiftText.literal(first.text)))")
        }
        for global in globals {
            result.append("let \(SwiftText.name(global)) = js.\(global)")
        }
        return (result + body).flatMap(split)
    }

    /// The JavaScript lines of the statements that were translated.
    var translatedLineCount: Int {
        var code = lines.codeLines
        for todo in todoRanges {
            code.subtract(todo.line...lines.lastLine(of: todo))
        }
        return code.count
    }

    private var todoRanges: [SourceRange] = []

    /// A name for a temporary that no JavaScript name or other temporary uses.
    func temporary(_ base: String) -> String {
        var name = base
        var counter = 2
        while takenNames.contains(name) {
            name = base + String(counter)
            counter += 1
        }
        takenNames.insert(name)
        return name
    }

    /// Marks the JavaScript of `range` as not translated and returns its comment lines.
    func todo(_ range: SourceRange, reason: String) -> [String] {
        let text = lines.text(of: range)
        let first = text.first ?? ""
        todos.append(PortTODO(line: range.line, text: first, reason: reason))
        todoRanges.append(range)
        var result = ["// TODO(port): " + first]
        result += text.dropFirst().map { "//   " + $0 }
        result.append("//   (not translated: \(reason))")
        return result
    }

    /// Undoes what a statement that turned out untranslatable recorded.
    struct Checkpoint {
        var globals: [String]
        var todos: Int
        var todoRanges: Int
        var throwingSites: Int
    }

    var checkpoint: Checkpoint {
        Checkpoint(globals: globals, todos: todos.count, todoRanges: todoRanges.count, throwingSites: throwingSites)
    }

    func restore(_ checkpoint: Checkpoint) {
        globals = checkpoint.globals
        todos.removeLast(todos.count - checkpoint.todos)
        todoRanges.removeLast(todoRanges.count - checkpoint.todoRanges)
        throwingSites = checkpoint.throwingSites
    }

    /// `code` as a statement of its own, counting its `try`.
    func root(_ code: SwiftCode) -> String {
        if code.awaits { throwingSites += 1 }
        return code.statement
    }

    /// Lines indented one level (a line holding a multi-line expression, such as a test with a closure, line by
    /// line).
    func indent(_ lines: [String]) -> [String] {
        lines.flatMap(split).map { $0.isEmpty ? $0 : "    " + $0 }
    }

    /// Splits generated text that spans lines (a closure) into lines.
    func split(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
