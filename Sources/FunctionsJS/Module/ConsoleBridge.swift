import Logging
import TwilioWire

/// `console.log`, `info`, `warn`, `error` and `debug`, written to the context's logger as one line
/// each, formatted closely to Node's `util.format`.
enum ConsoleBridge {
    /// `console` for one request.
    static func make(logger: Logger) -> JSValue {
        let console = JSObject()
        let levels: [(String, Logger.Level)] = [
            ("log", .info), ("info", .info), ("warn", .warning), ("error", .error), ("debug", .debug), ("trace", .trace),
        ]
        for (name, level) in levels {
            console.defineMethod(name) { _, arguments in
                logger.log(level: level, "\(format(arguments))")
                return .undefined
            }
        }
        return .object(console)
    }

    /// The line `console.log(...arguments)` prints: `%s`, `%d`, `%i`, `%f`, `%j`, `%o`, `%O` and
    /// `%%` in a first string argument, then the other arguments, separated by spaces.
    static func format(_ arguments: [JSValue]) -> String {
        guard case .string(let template)? = arguments.first, template.contains("%") else {
            return arguments.map { $0.stringValue ?? JSInspector.inspect($0) }.joined(separator: " ")
        }
        var rest = arguments.dropFirst()
        var output = ""
        var characters = template.makeIterator()
        while let character = characters.next() {
            guard character == "%" else {
                output.append(character)
                continue
            }
            guard let directive = characters.next() else {
                output.append("%")
                break
            }
            if directive == "%" {
                output.append("%")
                continue
            }
            guard "sdifjoOc".contains(directive) else {
                output.append("%")
                output.append(directive)
                continue
            }
            guard let argument = rest.popFirst() else {
                output.append("%")
                output.append(directive)
                continue
            }
            switch directive {
            case "s": output += argument.stringValue ?? (argument.objectValue == nil ? argument.toString : JSInspector.inspect(argument))
            case "d", "i":
                let number = argument.objectValue == nil ? argument.toNumber : .nan
                output += JSValue.number(directive == "i" ? number.rounded(.towardZero) : number).toString
            case "f": output += JSValue.number(argument.toNumber).toString
            case "j": output += argument.toJSON?.jsonString ?? "undefined"
            case "c": break
            default: output += JSInspector.inspect(argument)
            }
        }
        let tail = rest.map { $0.stringValue ?? JSInspector.inspect($0) }
        return ([output] + tail).joined(separator: " ")
    }
}

/// A short `util.inspect`: `{ a: 1, b: 'x' }`, `[ 1, 2 ]`, `[Function: name]`, errors as their stack.
enum JSInspector {
    static func inspect(_ value: JSValue, depth: Int = 0) -> String {
        switch value {
        case .string(let text):
            return depth == 0 ? text : "'" + text.replacing("'", with: "\\'") + "'"
        case .object(let object):
            return inspect(object, depth: depth)
        default:
            return value.toString
        }
    }

    private static func inspect(_ object: JSObject, depth: Int) -> String {
        if let name = object.functionName { return name.isEmpty ? "[Function (anonymous)]" : "[Function: \(name)]" }
        switch object.kind {
        case .array:
            guard depth < 3 else { return "[Array]" }
            let items = object.elements.map { inspect($0, depth: depth + 1) }
            return items.isEmpty ? "[]" : "[ " + items.joined(separator: ", ") + " ]"
        case .error:
            let stack = object.get("stack")
            let head = stack.isUndefined ? JSValue.object(object).toString : stack.toString
            let extra = members(object, depth: depth)
            return extra.isEmpty ? head : head + " { " + extra.joined(separator: ", ") + " }"
        case .date, .regex:
            return JSValue.object(object).toString
        case .promise:
            return "Promise { <settled> }"
        default:
            guard depth < 3 else { return "[Object]" }
            let items = members(object, depth: depth)
            let prefix = object.kind == .native ? object.className + " " : ""
            return prefix + (items.isEmpty ? "{}" : "{ " + items.joined(separator: ", ") + " }")
        }
    }

    private static func members(_ object: JSObject, depth: Int) -> [String] {
        object.ownEntries.map { key, value in
            let isIdentifier = key.first.map { $0.isLetter || $0 == "_" || $0 == "$" } ?? false
                && key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
            return (isIdentifier ? key : "'\(key)'") + ": " + inspect(value, depth: depth + 1)
        }
    }
}
