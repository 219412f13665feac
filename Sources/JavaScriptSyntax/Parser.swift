import Foundation

/// Parses the JavaScript of Twilio Functions (ES2020 as they use it) into a ``Program``.
///
/// ```swift
/// let program = try Parser.parse("""
///     exports.handler = async (context, event, callback) => {
///       callback(null, `Hello ${event.name ?? 'world'}`)
///     }
///     """)
/// if case .expression(.assignment(_, _, .function(let handler))) = program.body[0].kind {
///     handler.isAsync   // true
/// }
/// ```
///
/// Constructs the syntax tree does not describe (classes, generators, getters and setters, ES module
/// statements…) become ``StatementKind/unsupported(reason:)`` statements, so the rest of the file still parses.
public enum Parser {
    /// How deep statements and expressions may nest before parsing stops with a ``SyntaxError``.
    public static let maximumDepth = 500

    /// The stack of the thread that parses: recursive descent to ``maximumDepth`` levels needs several
    /// megabytes in a debug build, more than a Swift concurrency thread may have.
    static let stackSize = 64 << 20

    /// Parses `source` as a script (a CommonJS module body).
    /// - Throws: ``SyntaxError`` at the first token that is not valid JavaScript.
    public static func parse(_ source: String) throws(SyntaxError) -> Program {
        let outcome = ParseOutcome()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.result = parseOnCurrentThread(source)
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
        guard let result = outcome.result else {
            throw SyntaxError("the parser stopped without a result", line: 1, column: 1)
        }
        return try result.get()
    }

    static func parseOnCurrentThread(_ source: String) -> Result<Program, SyntaxError> {
        do throws(SyntaxError) {
            let tokens = try Lexer.tokenize(source)
            var parser = SyntaxParser(tokens: tokens)
            do throws(ParseInterruption) {
                return .success(Program(body: try parser.parseProgram(), source: source))
            } catch {
                return .failure(error.syntaxError(at: parser.current))
            }
        } catch {
            return .failure(error)
        }
    }
}

/// The result handed from the parsing thread to the caller.
///
/// Unchecked: the parsing thread writes `result` once before signalling the semaphore the caller waits on,
/// and the caller reads it only after that.
private final class ParseOutcome: @unchecked Sendable {
    var result: Result<Program, SyntaxError>?
}
