import JavaScriptSyntax
import Testing

@Suite("Syntax errors")
struct SyntaxErrorTests {
    @Test(arguments: [
        ("x = 'abc", 1, 5, "unterminated string literal: the ' opened here is not closed on its line"),
        ("x = \"a\nb\"", 1, 5, "unterminated string literal: the \" opened here is not closed on its line"),
        ("x = `abc", 1, 5, "unterminated template literal: the ` is not closed"),
        ("x = `a${b`", 1, 10, "unterminated template literal: the ` is not closed"),
        ("x = /abc\n", 1, 5, "unterminated regular expression literal"),
        ("/* open", 1, 1, "unterminated comment: '/*' has no closing '*/'"),
        ("x = 1 @ 2", 1, 7, "unexpected token '@': expected ';' or a line break before it"),
        ("x = a # b", 1, 7, "unexpected character '#' (U+23)"),
        ("x = 0x", 1, 5, "invalid number '0x': digits are missing"),
        ("x = 3in", 1, 5, "invalid number '3': a name or digit follows it directly"),
        ("x = 1__0", 1, 5, "invalid number '1_': '_' is only allowed between digits"),
        ("x = 1e", 1, 5, "invalid number '1e': the exponent has no digits"),
        ("x = '\\u{110000}'", 1, 6, "invalid Unicode escape: beyond U+10FFFF"),
        ("x = '\\xZZ'", 1, 6, "invalid escape sequence: expected 2 hex digits"),
        ("}", 1, 1, "unexpected token '}'"),
        ("x = 1 +", 1, 8, "unexpected end of input"),
        ("a b", 1, 3, "unexpected token 'b': expected ';' or a line break before it"),
        ("exports.handler = function () {\n  callback(null,\n    twiml\n}", 4, 1, "expected ')' to close the arguments of the call at 2:11"),
        ("foo(1, 2", 1, 9, "expected ')' to close the arguments of the call at 1:4"),
        ("new Foo(1", 1, 10, "expected ')' to close the arguments of 'new' at 1:8"),
        ("if (a {", 1, 7, "expected ')' to close the condition of 'if' at 1:4"),
        ("function f() {\n  return 1\n", 3, 1, "expected '}' to close the function body at 1:14"),
        ("x = [1, 2", 1, 10, "expected ']' to close the array literal at 1:5"),
        ("x = { a: 1 b: 2 }", 1, 12, "expected '}' to close the object literal at 1:5"),
        ("x = (1 + 2", 1, 11, "expected ')' to close the parenthesized expression at 1:5"),
        ("a[1", 1, 4, "expected ']' to close the index at 1:2"),
        ("x = a ? b", 1, 10, "expected ':' for the conditional '?' at 1:7, found end of input"),
        ("x = `a${b c}`", 1, 11, "expected '}' to close the '${' of the template literal at 1:5, found 'c'"),
        ("x = `${}`", 1, 8, "a '${}' in a template literal needs an expression"),
        ("const x", 1, 8, "missing initializer in const declaration"),
        ("let {a}", 1, 5, "a destructuring declaration needs an initializer"),
        ("throw\nerr", 1, 1, "'throw' needs its value on the same line"),
        ("try { }", 1, 8, "expected 'catch' or 'finally' after the 'try' block, found end of input"),
        ("switch (a) { x }", 1, 14, "unexpected token 'x': expected 'case', 'default' or '}' in the 'switch' at 1:12"),
        ("switch (a) { default: default: }", 1, 23, "a 'switch' has more than one 'default'"),
        ("1 = 2", 1, 1, "invalid assignment target: only a variable, a property or (with '=') a destructuring pattern can be assigned"),
        ("f()++", 1, 1, "invalid target for '++' or '--': only a variable or a property can be updated"),
        ("-2 ** 2", 1, 4, "a unary operator before '**' needs parentheses: write (-x) ** y or -(x ** y)"),
        ("a ?? b || c", 1, 8, "'??' cannot be mixed with '||' or '&&' without parentheses"),
        ("f(...a, ...b", 1, 13, "expected ')' to close the arguments of the call at 1:2"),
        ("function (a) {}", 1, 10, "unexpected token '(': expected the function's name after 'function'"),
        ("function f(...a, b) {}", 1, 16, "a rest parameter must be the last parameter"),
        ("let [a, ...b, c] = d", 1, 13, "a rest element must be the last element of the pattern"),
        ("const {...a, b} = c", 1, 12, "a rest property must be the last property of the pattern"),
        ("let 1 = 2", 1, 5, "unexpected number 1: expected ';' or a line break before it"),
        ("var 1 = 2", 1, 5, "unexpected number 1: expected a variable name or a destructuring pattern"),
        ("(a, b)\n=> a", 2, 1, "a line break is not allowed before '=>'"),
        ("a?.b`t`", 1, 5, "a tagged template cannot follow an optional chain"),
        ("for await (x; ;) {}", 1, 13, "'for await' needs 'of'"),
        ("do x(); until (y)", 1, 9, "expected 'while' after the body of 'do', found 'until'"),
        ("x = {a b}", 1, 8, "expected '}' to close the object literal at 1:5"),
        ("x = {'a'}", 1, 9, "unexpected token '}': expected ':' after the property name string 'a'"),
    ] as [(String, Int, Int, String)])
    func reportsWhereAndWhat(_ source: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: SyntaxError(message, line: line, column: column)) { try Parser.parse(source) }
    }

    @Test(arguments: [
        String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
        String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000),
        String(repeating: "{", count: 10_000) + String(repeating: "}", count: 10_000),
        "x = " + String(repeating: "a => ", count: 10_000) + "1",
        "x = " + String(repeating: "f(() => {", count: 3_000),
        "a" + String(repeating: " ** a", count: 10_000),
        "x = " + String(repeating: "new ", count: 10_000) + "A",
        "let " + String(repeating: "[", count: 10_000) + "a" + String(repeating: "]", count: 10_000) + " = b",
        "x = " + String(repeating: "`${", count: 3_000) + "1" + String(repeating: "}`", count: 3_000),
        String(repeating: "if (a) ", count: 10_000) + "b()",
        "x = " + String(repeating: "a ? b : ", count: 10_000) + "c",
        "x = " + String(repeating: "!", count: 10_000) + "a",
        "x = " + String(repeating: "await ", count: 10_000) + "a",
        "x = a" + String(repeating: " + a", count: 10_000),
        "x = a" + String(repeating: ".b", count: 10_000),
        "f" + String(repeating: "()", count: 10_000),
    ])
    func deepNestingIsAnErrorNotACrash(_ source: String) throws {
        let error = try #require(throws: SyntaxError.self) { try Parser.parse(source) }
        #expect(error.message == "nesting deeper than 500 levels; split the expression or the blocks")
        #expect(error.line == 1)
    }

    @Test func nestingWithinTheLimitParses() throws {
        let depth = 400
        let source = "x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        let program = try Parser.parse(source)
        #expect(program.body.count == 1)
        #expect(try render("x = !!!-a") == "(= x (! (! (! (- a)))));")
    }

    @Test(arguments: [
        "", " ", "\n", ")", "(", "[", "{", "`", "'", "\"", "/", "\\", "=>", "...", "?.", "${", "}`", "@#", "a.", "a?.", "new",
        "function", "async", "for", "for (", "switch (a) {", "try", "class", "x = {", "x = {get", "({", "([", "`${`${",
        "return (", "a => {", "async (", "if (a) else", "case 1:", "default:", "break 1", "let [", "let {a:", "x = /",
        "\u{FEFF}x = 1\u{2028}y", "x = '\u{2028}'", "\r\n\r\n}",
    ])
    func fragmentsNeverCrash(_ source: String) {
        _ = try? Parser.parse(source)
        for cut in 0...source.unicodeScalars.count {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: source.unicodeScalars.prefix(cut))
            _ = try? Parser.parse(String(prefix))
        }
    }

    @Test func everyPrefixOfTheSeedsEndsOrFailsCleanly() {
        let scalars = Array(SeedFixtures.liveAccessToken.unicodeScalars)
        for cut in stride(from: 0, through: scalars.count, by: 7) {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[0..<cut])
            _ = try? Parser.parse(String(prefix))
        }
    }

    @Test func descriptionIsLineColumnMessage() {
        #expect(SyntaxError("unexpected token '}'", line: 3, column: 10).description == "3:10: unexpected token '}'")
    }
}
