import Synchronization

/// A value of a TwiML attribute: text, a number or a Boolean, written as TwiML expects
/// (`true`/`false`, decimal numbers).
public enum TwiMLValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral
{
    /// Text.
    case string(String)
    /// An integer, e.g. `timeout: 5`.
    case int(Int)
    /// A number with a fraction.
    case double(Double)
    /// `true` or `false`.
    case bool(Bool)

    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }

    var text: String {
        switch self {
        case .string(let value): return value
        case .int(let value): return String(value)
        case .double(let value): return value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .bool(let value): return value ? "true" : "false"
        }
    }
}

/// Attributes of a TwiML element in the order written, as a JavaScript options object:
/// `["voice": "alice", "loop": 2]`.
public typealias TwiMLAttributes = KeyValuePairs<String, TwiMLValue>

/// One element of a TwiML document. Elements are references, as in twilio-node: a verb returned
/// by ``VoiceResponse/gather(_:)`` can be filled after it was added to its parent.
public final class TwiMLElement: Sendable {
    /// The element name, e.g. `Say`.
    public let name: String
    /// Attribute names and values in order.
    public let attributes: [(name: String, value: String)]
    /// The text content, if any.
    public let text: String?
    private let children = Mutex<[TwiMLElement]>([])

    convenience init(_ name: String, _ attributes: TwiMLAttributes, text: String? = nil) {
        self.init(name, attributes: attributes.map { ($0.key, $0.value.text) }, text: text)
    }

    init(_ name: String, attributes: [(name: String, value: String)], text: String?) {
        self.name = name
        self.attributes = attributes
        self.text = text
    }

    /// Adds a child element and returns it.
    @discardableResult
    func append(_ name: String, _ attributes: TwiMLAttributes = [:], text: String? = nil) -> TwiMLElement {
        let child = TwiMLElement(name, attributes, text: text)
        children.withLock { $0.append(child) }
        return child
    }

    /// Adds an element of any name: for verbs and nouns this library has no method for.
    @discardableResult
    public func addChild(_ name: String, _ attributes: TwiMLAttributes = [:], text: String? = nil) -> TwiMLElement {
        append(name, attributes, text: text)
    }

    /// Adds an element whose attributes are known only at run time (already written as text), in
    /// order, and returns it: for code that builds TwiML from values such as a JavaScript object.
    @discardableResult
    public func addChild(_ name: String, attributes: [(name: String, value: String)], text: String? = nil) -> TwiMLElement {
        let child = TwiMLElement(name, attributes: attributes, text: text)
        children.withLock { $0.append(child) }
        return child
    }

    /// Appends the element's XML to `output`.
    func write(into output: inout String) {
        output += "<" + name
        for (attribute, value) in attributes {
            output += " " + attribute + "=\"" + Self.escape(value, quotes: true) + "\""
        }
        let children = self.children.withLock { $0 }
        if text == nil, children.isEmpty {
            output += "/>"
            return
        }
        output += ">"
        if let text { output += Self.escape(text, quotes: false) }
        for child in children { child.write(into: &output) }
        output += "</" + name + ">"
    }

    /// XML-escapes `text`: `&`, `<`, `>`, and in attributes `"` and `'`.
    static func escape(_ text: String, quotes: Bool) -> String {
        guard text.contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || (quotes && ($0 == "\"" || $0 == "'")) }) else {
            return text
        }
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count + 16)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where quotes: escaped += "&quot;"
            case "'" where quotes: escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
