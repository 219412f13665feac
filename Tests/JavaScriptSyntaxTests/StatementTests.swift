import JavaScriptSyntax
import Testing

@Suite("Statements")
struct StatementTests {
    @Test(arguments: [
        ("var a, b = 1", "(var a, b=1)"),
        ("let x = 1\nlet y = 2", "(let x=1) (let y=2)"),
        ("const {a = 1, b: [c, , d], ...e} = f", "(const {a=1 b:[c _ d] ...e}=f)"),
        ("const [first, ...others] = list", "(const [first ...others]=list)"),
        ("const {'quoted key': q, [k]: v, 3: three} = o", "(const {quoted key:q [k]:v 3:three}=o)"),
        ("let = 5", "(= let 5);"),
        ("let\nx = 1", "(let x=1)"),
    ])
    func declarations(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test(arguments: [
        ("function f(a, {b} = {}, ...rest) { return a }", "(function f (a {b}={} ...rest) {(return a)})"),
        ("async function g() { await h() }", "(async function g () {(await (call h));})"),
        ("'use strict'\nf()", #""use strict"; (call f);"#),
        ("if (a) b(); else if (c) d(); else e()", "(if a (call b); else (if c (call d); else (call e);))"),
        ("if (a) { x = 1 } else { error = 'x' }", #"(if a {(= x 1);} else {(= error "x");})"#),
        ("while (i < 3) i++", "(while (< i 3) (post++ i);)"),
        ("do { i-- } while (i) f()", "(do {(post-- i);} i) (call f);"),
        ("do x(); while (y);", "(do (call x); y)"),
        ("for (;;) {}", "(for ; ;  {})"),
        ("for (let i = 0, n = a.length; i < n; i++) f(i)", "(for (let i=0, n=(. a length)); (< i n); (post++ i) (call f i);)"),
        ("for (i = 0; i < 3; i += 1) ;", "(for (= i 0); (< i 3); (+= i 1) ;)"),
        ("for (const [k, v] of Object.entries(o)) log(k)", "(for-of const [k v] (call (. Object entries) o) (call log k);)"),
        ("for (x of xs) ;", "(for-of x xs ;)"),
        ("for (o.p of xs) ;", "(for-of (. o p) xs ;)"),
        ("for await (const page of pages) {}", "(for-await-of const page pages {})"),
        ("for (const key in object) {}", "(for-in const key object {})"),
        ("for (k in o) ;", "(for-in k o ;)"),
        ("for (let i = 'a' in o ? 1 : 0; i; ) break", nil),
        ("for (var i = ('a' in o) ? 1 : 0; i; ) break", #"(for (var i=(? (paren (in "a" o)) 1 0)); i;  (break))"#),
        ("outer: for (const a of b) { for (;;) { continue outer } }", "outer: (for-of const a b {(for ; ;  {(continue outer)})})"),
        ("loop: while (1) break loop", "loop: (while 1 (break loop))"),
        ("try { a() } catch (e) { b(e) } finally { c() }", "(try {(call a);} catch e {(call b e);} finally {(call c);})"),
        ("try { a() } catch { b() }", "(try {(call a);} catch {(call b);})"),
        ("try {} catch ({message, code}) {}", "(try {} catch {message code} {})"),
        ("try {} finally {}", "(try {} finally {})"),
        ("throw new Error('x')", #"(throw (new Error "x"))"#),
        (";;", "; ;"),
        ("{ a; { b } }", "{a; {b;}}"),
    ] as [(String, String?)])
    func statements(_ source: String, _ expected: String?) throws {
        if let expected {
            #expect(try render(source) == expected)
        } else {
            #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        }
    }

    @Test func switchKeepsFallThroughAndDefaultAnywhere() throws {
        let source = """
            switch (input) {
              case '1':
              case 'one':
                say('one')
                break
              default:
                say('?')
              case '2': {
                say('two')
              }
            }
            """
        #expect(
            try render(source)
                == #"(switch input (case "1") (case "one" (call say "one"); (break)) (default (call say "?");) (case "2" {(call say "two");}))"#
        )
    }

    @Test(arguments: [
        ("a = 1\nb = 2", "(= a 1); (= b 2);"),
        ("f()\n;[1].forEach(g)", "(call f); (call (. [1] forEach) g);"),
        ("x = y\n(z)", "(= x (call y z));"),
        ("x = y\n[0]", "(= x ([] y 0));"),
        ("a\n++b", "a; (++pre b);"),
        ("a++\nb", "(post++ a); b;"),
        ("return\nx", "(return) x;"),
        ("return x\ny", "(return x) y;"),
        ("function f() { return }", "(function f () {(return)})"),
        ("for (;;) { break\nlabel }", "(for ; ;  {(break) label;})"),
        ("for (;;) { continue\n}", "(for ; ;  {(continue)})"),
        ("if (a) { error = 'x' }", #"(if a {(= error "x");})"#),
        ("const f = () => {}\n(g)", "(const f=(arrow () {})) (paren g);"),
        ("x = 1 // comment\ny = 2", "(= x 1); (= y 2);"),
        ("x = 1 /* multi\nline */ y = 2", "(= x 1); (= y 2);"),
        ("x = 1 /* one line */", "(= x 1);"),
        ("a = b\n/c/g", "(= a (/ (/ b c) g));"),
        ("let a = 1\nconst b = 2\nvar c", "(let a=1) (const b=2) (var c)"),
        ("async\nfunction f() {}", "async; (function f () {})"),
    ])
    func automaticSemicolonInsertion(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test(arguments: ["a b", "x = 1 y = 2", "throw\nnew Error('x')", "if (a) b c", "f() g()", "const x"])
    func missingSemicolonsOnOneLineAreErrors(_ source: String) {
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
    }

    @Test func rangesCoverFirstToLastTokenWithTheSemicolon() throws {
        let source = "// 問題\nconst a = '問題';  \nif (a) {\n  b()\n}\n  c() ;d()"
        let program = try Parser.parse(source)
        let texts = program.body.map { program.text(of: $0.range) }
        #expect(texts == ["const a = '問題';", "if (a) {\n  b()\n}", "c() ;", "d()"])
        let positions = program.body.map { "\($0.range.line):\($0.range.column)" }
        #expect(positions == ["2:1", "3:1", "6:3", "6:8"])
        guard case .if(_, let consequent, _) = program.body[1].kind, case .block(let inner) = consequent.kind else {
            Issue.record("expected an if with a block")
            return
        }
        #expect(program.text(of: inner[0].range) == "b()")
        #expect(inner[0].range.line == 4 && inner[0].range.column == 3)
    }

    @Test func columnsCountUnicodeScalars() throws {
        let program = try Parser.parse("x = '問題が'; y = 1")
        #expect(program.body[1].range.column == 12)
        #expect(program.text(of: program.body[1].range) == "y = 1")
    }

    @Test func functionRangesCoverTheWholeFunction() throws {
        let program = try Parser.parse("  async function f(a) {\n  return a\n}\nx = function () {}")
        guard case .function(let function) = program.body[0].kind else {
            Issue.record("expected a function declaration")
            return
        }
        #expect(program.text(of: function.range) == "async function f(a) {\n  return a\n}")
        #expect(function.range.column == 3)
        #expect(function.name == "f" && function.isAsync && !function.isArrow)
    }
}
