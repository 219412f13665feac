import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// One element of a TwiML document a Function answered: `<Message to="…">Hi</Message>`.
struct TwiMLNode: Sendable, Equatable {
    var name: String
    var attributes: [String: String]
    /// The text directly inside it, whitespace at both ends trimmed.
    var text: String
    var children: [TwiMLNode]

    /// The first child named `name`.
    func child(_ name: String) -> TwiMLNode? {
        children.first { $0.name == name }
    }
}

/// Reads a TwiML answer into nodes, so the emulator can do what Twilio would: send the
/// `<Message>`s of an SMS reply, walk the verbs of a call.
enum TwiMLReader {
    /// The `<Response>` of `bytes`.
    /// - Throws: ``TwiMLProblem`` naming what is wrong (not XML, no `<Response>` root).
    static func response(_ bytes: [UInt8]) throws(TwiMLProblem) -> TwiMLNode {
        let delegate = Builder()
        let parser = XMLParser(data: Data(bytes))
        parser.delegate = delegate
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = delegate.root else {
            let line = parser.lineNumber
            throw TwiMLProblem(reason: "the answer is not well-formed XML (line \(line): \(parser.parserError.map { String(describing: $0) } ?? "no root element"))")
        }
        guard root.name == "Response" else {
            throw TwiMLProblem(reason: "the root element is <\(root.name)>, not <Response>")
        }
        return root
    }

    /// Builds the tree as the parser reports elements; used by one parse only.
    private final class Builder: NSObject, XMLParserDelegate {
        var stack: [TwiMLNode] = []
        var root: TwiMLNode?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            stack.append(TwiMLNode(name: name, attributes: attributes, text: "", children: []))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard var node = stack.popLast() else { return }
            node.text = node.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if stack.isEmpty {
                root = node
            } else {
                stack[stack.count - 1].children.append(node)
            }
        }
    }
}

/// Why a Function's answer could not be read as TwiML.
struct TwiMLProblem: Error, Sendable {
    let reason: String
}
