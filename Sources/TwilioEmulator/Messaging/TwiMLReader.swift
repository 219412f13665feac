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
///
/// TwiML is plain XML: elements, attributes, text, the five predefined entities and character
/// references, CDATA, comments and a declaration. A DOCTYPE is refused, so no entity is ever
/// defined or fetched. Reading it here keeps libxml2 and ICU out of the server process.
enum TwiMLReader {
    /// The `<Response>` of `bytes`.
    /// - Throws: ``TwiMLProblem`` naming what is wrong (not XML, no `<Response>` root).
    static func response(_ bytes: [UInt8]) throws(TwiMLProblem) -> TwiMLNode {
        var reader = TwiMLScanner(bytes)
        let root: TwiMLNode
        do {
            root = try reader.document()
        } catch {
            throw TwiMLProblem(reason: "the answer is not well-formed XML (line \(error.line): \(error.reason))")
        }
        guard root.name == "Response" else {
            throw TwiMLProblem(reason: "the root element is <\(root.name)>, not <Response>")
        }
        return root
    }
}

/// Why a Function's answer could not be read as TwiML.
struct TwiMLProblem: Error, Sendable {
    let reason: String
}
