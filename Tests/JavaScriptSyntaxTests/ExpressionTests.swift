import JavaScriptSyntax
import Testing

@Suite("Expressions")
struct ExpressionTests {
    @Test(arguments: [
        ("a + b * c", "(+ a (* b c));"),
        ("a * b + c", "(+ (* a b) c);"),
        ("a - b - c", "(- (- a b) c);"),
        ("a / b / c", "(/ (/ a b) c);"),
        ("a ** b ** c", "(** a (** b c));"),
        ("(-a) ** b", "(** (paren (- a)) b);"),
        ("a || b && c", "(|| a (&& b c));"),
        ("a ?? b ?? c", "(?? (?? a b) c);"),
        ("(a || b) ?? c", "(?? (paren (|| a b)) c);"),
        ("a | b ^ c & d", "(| a (^ b (& c d)));"),
        ("a == b < c << d + e", "(== a (< b (<< c (+ d e))));"),
        ("a === b !== c", "(!== (=== a b) c);"),
        ("a >>> b >> c", "(>> (>>> a b) c);"),
        ("a instanceof B && 'k' in o", #"(&& (instanceof a B) (in "k" o));"#),
        ("x = y = z", "(= x (= y z));"),
        ("x += y -= 2", "(+= x (-= y 2));"),
        ("x ??= y || z", "(??= x (|| y z));"),
        ("a ? b : c ? d : e", "(? a b (? c d e));"),
        ("a ? b = 1 : c", "(? a (= b 1) c);"),
        ("a, b = 1, c", "(, a (= b 1) c);"),
        ("!a.b", "(! (. a b));"),
        ("-x ** 2 === undefined || 1", nil),
        ("typeof x === 'undefined'", #"(=== (typeof x) "undefined");"#),
        ("void 0, delete o[k]", "(, (void 0) (delete ([] o k)));"),
        ("!!x", "(! (! x));"),
        ("- -x", "(- (- x));"),
        ("i++ + ++j", "(+ (post++ i) (++pre j));"),
        ("--a.b", "(--pre (. a b));"),
        ("await a.b()", "(await (call (. a b)));"),
        ("await x ** 2", nil),
        ("new Foo", "(new Foo);"),
        ("new Foo.Bar(1)(2)", "(call (new (. Foo Bar) 1) 2);"),
        ("new Twilio.twiml.VoiceResponse()", "(new (. (. Twilio twiml) VoiceResponse));"),
        ("new (getClass())()", "(new (paren (call getClass)));"),
        ("new new A()()", "(new (new A));"),
        ("require('twilio')(a, b, {accountSid})", #"(call (call require "twilio") a b {accountSid:accountSid});"#),
        ("f(...args, last,)", "(call f ...args last);"),
        ("a?.b", "(?. a b);"),
        ("a?.[0]?.(x).c", "(. (?.call (?.[] a 0) x) c);"),
        ("a?.b.c()", "(call (. (?. a b) c));"),
        ("x?.5:1", "(? x .5 1);"),
        ("a.if.class.new", "(. (. (. a if) class) new);"),
    ] as [(String, String?)])
    func precedenceAndAssociativity(_ source: String, _ expected: String?) throws {
        if let expected {
            #expect(try render(source) == expected)
        } else {
            #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        }
    }

    @Test(arguments: [
        ("x => x + 1", "(arrow (x) (+ x 1));"),
        ("() => {}", "(arrow () {});"),
        ("(a, {b}, [c], d = 1, ...e) => a", "(arrow (a {b} [c] d=1 ...e) a);"),
        ("async x => await x", "(async arrow (x) (await x));"),
        ("async (x) => { return x }", "(async arrow (x) {(return x)});"),
        ("() => ({a: 1})", "(arrow () (paren {a:1}));"),
        ("x => y => x + y", "(arrow (x) (arrow (y) (+ x y)));"),
        ("async()", "(call async);"),
        ("async(a, b)", "(call async a b);"),
        ("f((a) => a, (b))", "(call f (arrow (a) a) (paren b));"),
        ("(a, b)", "(paren (, a b));"),
        ("function () {}", nil),
        ("(function named(a, ...rest) { return rest })", "(paren (function named (a ...rest) {(return rest)}));"),
        ("(async function () { await f() })", "(paren (async function () {(await (call f));}));"),
    ] as [(String, String?)])
    func functionsAndArrows(_ source: String, _ expected: String?) throws {
        if let expected {
            #expect(try render(source) == expected)
        } else {
            #expect(throws: SyntaxError.self) { try Parser.parse(source) }
        }
    }

    @Test func arrowBodiesKeepTheirRange() throws {
        let program = try Parser.parse("const f = async (a) => {\n  return a\n}")
        guard case .variable(let declaration) = program.body[0].kind,
            case .function(let function)? = declaration.declarators[0].initializer
        else {
            Issue.record("expected const f = arrow")
            return
        }
        #expect(program.text(of: function.range) == "async (a) => {\n  return a\n}")
        #expect(function.range.line == 1 && function.range.column == 11)
    }

    @Test(arguments: [
        ("x = {}", "(= x {});"),
        (
            "x = {a, 'b c': 1, 2: c, 1.50: d, 0x10: e, [k]: v, ...s, m() {}, async n(i) {}, async: 1, get: 2, set() {},}",
            "(= x {a:a b c:1 2:c 1.5:d 16:e [k]:v ...s m:(function () {}) n:(async function (i) {}) async:1 get:2 set:(function () {})});"
        ),
        ("x = {if: 1, class: 2, null: 3}", "(= x {if:1 class:2 null:3});"),
        ("x = [1, , 3, ...y,]", "(= x [1 _ 3 ...y]);"),
        ("x = [,]", "(= x [_]);"),
        ("x = []", "(= x []);"),
        ("x = [[1], [2, [3]]]", "(= x [[1] [2 [3]]]);"),
    ])
    func objectAndArrayLiterals(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test(arguments: [
        ("[a, b] = [b, a]", "(= [a b] [b a]);"),
        ("({a, b: {c = 1}, ...rest} = obj)", "(paren (= {a b:{c=1} ...rest} obj));"),
        ("[o.x, o['y'], , ...z] = list", #"(= [(. o x) ([] o "y") _ ...z] list);"#),
        ("[a = 1, [b] = []] = c", "(= [a=1 [b]=[]] c);"),
        ("({x: o.x} = p)", "(paren (= {x:(. o x)} p));"),
        ("o.count += 1", "(+= (. o count) 1);"),
        ("(a) = 1", "(= a 1);"),
    ])
    func destructuringAssignment(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test(arguments: ["1 = 2", "f() = 1", "[a] += b", "a?.b = 1", "({a: 1} = b)", "++f()", "a + b++ = c", "[...a, b] = c"])
    func invalidAssignmentTargets(_ source: String) {
        #expect(throws: SyntaxError.self) { try Parser.parse(source) }
    }

    @Test(arguments: [
        ("`plain`", #"(template "plain");"#),
        ("`a${b}c`", #"(template "a" b "c");"#),
        ("`${a}${b}`", #"(template "" a "" b "");"#),
        ("`x${ {a: 1}.a }y`", #"(template "x" (. {a:1} a) "y");"#),
        ("`outer ${`inner ${deep}`} end`", #"(template "outer " (template "inner " deep "") " end");"#),
        ("`${a ? `t${b}` : 'f'}`", #"(template "" (? a (template "t" b "") "f") "");"#),
        ("tag`a${b}c`", #"(tagged tag "a" b "c");"#),
        ("a.b`x`", #"(tagged (. a b) "x");"#),
        ("`line1\nline2 \\` \\${no}`", #"(template "line1\nline2 ` ${no}");"#),
        ("`${(() => { return `{` })()}`", #"(template "" (call (paren (arrow () {(return (template "{"))}))) "");"#),
    ])
    func templates(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test(arguments: [
        ("a / b / c", "(/ (/ a b) c);"),
        ("x = /ab+c/gi.test(s)", "(= x (call (. /ab+c/gi test) s));"),
        ("s.split(/,\\s?/)", #"(call (. s split) /,\s?/);"#),
        ("x = a[0] / 2 / b", "(= x (/ (/ ([] a 0) 2) b));"),
        ("x = (a) / 2", "(= x (/ (paren a) 2));"),
        ("x = i++ / 2", "(= x (/ (post++ i) 2));"),
        ("if (x) /a/.test(s)", "(if x (call (. /a/ test) s);)"),
        ("return /[/\\]]+/.source", #"(return (. /[/\]]+/ source))"#),
        ("x = typeof /re/", "(= x (typeof /re/));"),
        ("f(a, /=/)", "(call f a /=/);"),
        ("x = a /= 2", "(= x (/= a 2));"),
        ("`${a}` / 2", #"(/ (template "" a "") 2);"#),
        ("x = {} / 1", "(= x (/ {} 1));"),
        ("x = a.return / b / c", "(= x (/ (/ (. a return) b) c));"),
        ("x = a?.in / 2", "(= x (/ (?. a in) 2));"),
    ])
    func regexOrDivision(_ source: String, _ expected: String) throws {
        #expect(try render(source) == expected)
    }

    @Test func regexKeepsItsPatternAndFlags() throws {
        let program = try Parser.parse(#"x = /^\+?[1-9]\d{1,14}$/u"#)
        guard case .expression(.assignment(_, _, .regex(let pattern, let flags))) = program.body[0].kind else {
            Issue.record("expected a regex")
            return
        }
        #expect(pattern == #"^\+?[1-9]\d{1,14}$"#)
        #expect(flags == "u")
    }
}
