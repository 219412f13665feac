import FunctionsRuntime

/// The native value of a TwiML object: the element it adds to and the document it belongs to.
///
/// Converting the object to a string (`'' + twiml`, a template literal) gives the whole
/// document's XML, as `toString()` does in twilio-node.
struct TwiMLNode: JSPrimitiveConvertible {
    /// The element this object's methods add children to.
    let element: TwiMLElement
    /// The `<Response>` document around it.
    let document: any TwiMLDocument

    var jsPrimitive: JSValue { .string(document.toString()) }
}

/// A `<Response>` of a kind FunctionsRuntime has no class for (`FaxResponse`).
struct GenericTwiMLDocument: TwiMLDocument {
    let root: TwiMLElement
}

/// `Twilio.twiml.VoiceResponse`, `MessagingResponse` and `FaxResponse` for one request, with one
/// shared prototype per element kind holding the verbs twilio-node gives that element.
final class TwiMLClasses {
    private var prototypes: [String: JSObject] = [:]

    /// The `Twilio.twiml` namespace.
    func namespace() -> JSValue {
        .object([
            ("VoiceResponse", constructor("VoiceResponse") { VoiceResponse() }),
            ("MessagingResponse", constructor("MessagingResponse") { MessagingResponse() }),
            ("FaxResponse", constructor("FaxResponse") { GenericTwiMLDocument(root: VoiceResponse().root) }),
        ])
    }

    private func constructor(_ name: String, _ makeDocument: @escaping () -> any TwiMLDocument) -> JSValue {
        .object(
            // The constructors own the classes; the methods on the prototypes only point back weakly.
            JSObject.makeConstructor(name: name, parameters: 0, instanceClassName: name) { _, _ in
                let document = makeDocument()
                return self.wrap(document.root, in: document, kind: name)
            }
        )
    }

    /// The JavaScript object of `element`; `kind` picks its verbs.
    func wrap(_ element: TwiMLElement, in document: any TwiMLDocument, kind: String) -> JSValue {
        .object(JSObject(native: TwiMLNode(element: element, document: document), className: kind, prototype: prototype(for: kind)))
    }

    private func prototype(for kind: String) -> JSObject {
        if let prototype = prototypes[kind] { return prototype }
        let prototype = JSObject()
        for (method, element) in TwiMLVerbTable.methods(of: kind) {
            prototype.defineMethod(method, parameters: 2) { [weak self] this, arguments in
                try self?.append(element, to: this, arguments, method: method) ?? .undefined
            }
        }
        prototype.defineMethod("toString") { this, _ in
            .string(try Self.node(this, method: "toString").document.toString())
        }
        prototype.defineMethod("addChild", parameters: 2) { [weak self] this, arguments in
            guard case .string(let name) = arguments[0], !name.isEmpty else {
                throw JSThrow.typeError("addChild(tagName, attributes) needs the element name as a string, got \(arguments[0].typeName)")
            }
            return try self?.append(name, to: this, [arguments[1]], method: "addChild") ?? .undefined
        }
        for method in ["addText", "comment", "commentBefore", "commentAfter"] {
            prototype.defineMethod(method, parameters: 1) { _, _ in
                throw JSThrow.error(
                    "Error",
                    "TwiML \(method)() is not supported in the Swift port: pass an element's text when you add it, e.g. twiml.say('Hello')"
                )
            }
        }
        prototypes[kind] = prototype
        return prototype
    }

    /// Adds `<name>` under `this`'s element, reading the arguments as twilio-node does:
    /// `(text)`, `(attributes)` or `(attributes, text)`.
    private func append(_ name: String, to this: JSValue, _ arguments: [JSValue], method: String) throws -> JSValue {
        let node = try Self.node(this, method: method)
        let (attributes, text) = Self.attributesAndText(arguments)
        let child = node.element.addChild(name, attributes: attributes.map { (name: $0.0, value: $0.1) }, text: text)
        return wrap(child, in: node.document, kind: name)
    }

    private static func node(_ this: JSValue, method: String) throws -> TwiMLNode {
        guard let node = this.native(as: TwiMLNode.self) else {
            throw JSThrow.typeError("\(method)() must be called on a TwiML object, e.g. twiml.\(method)(...)")
        }
        return node
    }

    /// The attributes (names as given, values as twilio-node writes them) and the text of a verb call.
    static func attributesAndText(_ arguments: [JSValue]) -> (attributes: [(String, String)], text: String?) {
        let first = arguments.first ?? .undefined
        let second = arguments.count > 1 ? arguments[1] : .undefined
        switch first {
        case .object(let object):
            return (attributeList(object), text(second))
        case .undefined, .null:
            return ([], text(second))
        default:
            // A string (twilio-node's `typeof attributes === 'string'`), or a number or Boolean that
            // xmlbuilder takes as the text.
            return (second.objectValue.map(attributeList) ?? [], text(first))
        }
    }

    private static func text(_ value: JSValue) -> String? {
        if value.isNullish { return nil }
        let text = value.toString
        // xmlbuilder writes an element whose only text is empty as `<Say/>`.
        return text.isEmpty ? nil : text
    }

    private static func attributeList(_ object: JSObject) -> [(String, String)] {
        object.ownEntries.compactMap { key, value in
            switch value {
            case .undefined, .null:
                return nil
            case .object(let array) where array.kind == .array:
                return (key, array.elements.map { $0.isNullish ? "" : $0.toString }.joined(separator: " "))
            default:
                return (key, value.toString)
            }
        }
    }
}
