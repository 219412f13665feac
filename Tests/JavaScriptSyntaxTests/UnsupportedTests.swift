import JavaScriptSyntax
import Testing

@Suite("Unsupported constructs")
struct UnsupportedTests {
    /// Each source is an unsupported statement, then `after()`: the statement's text and reason, and the call still parsed.
    @Test(arguments: [
        ("class A extends B { get x() { return 1 } static y = 2 }\nafter()", "class A extends B { get x() { return 1 } static y = 2 }", "classes are not translated"),
        ("class A\n{\n  m() {}\n}\nafter()", "class A\n{\n  m() {}\n}", "classes are not translated"),
        ("const A = class { #p = 1 }\nafter()", "const A = class { #p = 1 }", "classes are not translated"),
        ("x = { get y() { return 1 }, z: 2 }; after()", "x = { get y() { return 1 }, z: 2 };", "getters and setters are not translated"),
        ("x = { set 'v'(a) {} }\nafter()", "x = { set 'v'(a) {} }", "getters and setters are not translated"),
        ("x = { *gen() {} }\nafter()", "x = { *gen() {} }", "generator methods are not translated"),
        ("function* g() { yield 1 }\nafter()", "function* g() { yield 1 }", "generators are not translated"),
        ("async function* g() {}\nafter()", "async function* g() {}", "generators are not translated"),
        ("const g = function* () {}; after()", "const g = function* () {};", "generators are not translated"),
        ("import x from 'y'\nafter()", "import x from 'y'", "ES module 'import' statements are not translated (Functions are CommonJS modules)"),
        ("export default function () {}\nafter()", "export default function () {}", "ES module 'export' statements are not translated (use module.exports or exports)"),
        ("export const a = {\n  b: 1\n}\nafter()", "export const a = {\n  b: 1\n}", "ES module 'export' statements are not translated (use module.exports or exports)"),
        ("lbl: { break lbl }\nafter()", "lbl: { break lbl }", "labelled statements other than loops are not translated"),
        ("with (o) { a }\nafter()", "with (o) { a }", "'with' statements are not translated"),
        ("debugger; after()", "debugger;", "'debugger' statements are not translated"),
        ("x = 10n\nafter()", "x = 10n", "BigInt literals are not translated"),
        ("const m = await import('m')\nafter()", "const m = await import('m')", "dynamic 'import()' and 'import.meta' are not translated"),
        ("f(`${class {}}`)\nafter()", "f(`${class {}}`)", "classes are not translated"),
    ])
    func unsupportedStatementThenTheRest(_ source: String, _ text: String, _ reason: String) throws {
        let program = try Parser.parse(source)
        #expect(program.body.count == 2)
        guard case .unsupported(let found) = program.body[0].kind else {
            Issue.record("expected an unsupported statement, got \(SExpression.of(program.body))")
            return
        }
        #expect(found == reason)
        #expect(program.text(of: program.body[0].range) == text)
        #expect(SExpression.of(program.body[1]) == "(call after);")
    }

    @Test func onlyTheEnclosingStatementIsUnsupported() throws {
        let source = """
            exports.handler = function (context, event, callback) {
              const o = { get value() { return 1 } }
              callback(null, o)
            }
            """
        let text = try render(source)
        #expect(
            text
                == #"(= (. exports handler) (function (context event callback) {(unsupported "getters and setters are not translated") (call callback null o);}));"#
        )
    }

    @Test func getSetAndAsyncStayOrdinaryNames() throws {
        #expect(try render("x = {get, set: 1, async() {}, get() {}}") == "(= x {get:get set:1 async:(function () {}) get:(function () {})});")
        #expect(try render("get(); set = 1") == "(call get); (= set 1);")
    }

    @Test func syntaxErrorsInsideAreStillUnsupportedNotErrors() throws {
        // The skipped text is not parsed, so only the reason is reported.
        let program = try Parser.parse("class A { m() { return } }\nok()")
        #expect(program.body.count == 2)
    }
}
