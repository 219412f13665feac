import Foundation

/// A well-formedness error at a line of the document.
struct XMLSyntaxError: Error, Sendable {
    var line: Int
    var reason: String
}

/// The XML reader under ``TwiMLReader``: one pass over the bytes, building the element tree.
struct TwiMLScanner {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var depth = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark is allowed before the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    /// The root element, with only a declaration, comments, processing instructions and
    /// whitespace around it.
    mutating func document() throws(XMLSyntaxError) -> TwiMLNode {
        var root: TwiMLNode?
        while true {
            skipWhitespace()
            guard index < bytes.count else { break }
            if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<!DOCTYPE") || starts(with: "<!doctype") {
                throw fail("a DOCTYPE is not allowed in TwiML")
            } else if peek == UInt8(ascii: "<"), root == nil {
                root = try element()
            } else {
                throw fail(root == nil ? "text before the root element" : "content after the root element")
            }
        }
        guard let root else { throw fail("no root element") }
        return root
    }

    private mutating func element() throws(XMLSyntaxError) -> TwiMLNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 200 else { throw fail("elements nested more than 200 deep") }
        index += 1  // <
        let name = try self.name()
        var node = TwiMLNode(name: name, attributes: [:], text: "", children: [])
        while true {
            let hadSpace = skipWhitespace()
            if starts(with: "/>") {
                index += 2
                return node
            }
            if peek == UInt8(ascii: ">") {
                index += 1
                break
            }
            guard hadSpace else { throw fail("expected whitespace, > or /> in <\(name)>") }
            let attribute = try self.name()
            skipWhitespace()
            guard peek == UInt8(ascii: "=") else { throw fail("attribute \(attribute) of <\(name)> has no value") }
            index += 1
            skipWhitespace()
            guard node.attributes[attribute] == nil else { throw fail("attribute \(attribute) appears twice in <\(name)>") }
            node.attributes[attribute] = try quoted()
        }
        var text: [UInt8] = []
        while true {
            guard index < bytes.count else { throw fail("<\(name)> is not closed") }
            if starts(with: "</") {
                index += 2
                let closing = try self.name()
                skipWhitespace()
                guard closing == name, peek == UInt8(ascii: ">") else { throw fail("</\(closing)> closes <\(name)>") }
                index += 1
                node.text = String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                return node
            } else if starts(with: "<!--") {
                try skip(past: "-->", what: "comment")
            } else if starts(with: "<![CDATA[") {
                index += 9
                let start = index
                try skip(past: "]]>", what: "CDATA section")
                text += bytes[start..<(index - 3)]
            } else if starts(with: "<?") {
                try skip(past: "?>", what: "processing instruction")
            } else if peek == UInt8(ascii: "<") {
                node.children.append(try element())
            } else if peek == UInt8(ascii: "&") {
                text += try reference()
            } else {
                if peek == UInt8(ascii: "\n") { line += 1 }
                text.append(bytes[index])
                index += 1
            }
        }
    }

    private mutating func name() throws(XMLSyntaxError) -> String {
        let start = index
        while index < bytes.count, Self.isNameByte(bytes[index]) { index += 1 }
        guard index > start, !Self.isDigitOrPunctuation(bytes[start]) else { throw fail("expected a name") }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func quoted() throws(XMLSyntaxError) -> String {
        guard let quote = peek, quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw fail("an attribute value must be quoted")
        }
        index += 1
        var value: [UInt8] = []
        while true {
            guard let byte = peek else { throw fail("an attribute value is not closed") }
            if byte == quote {
                index += 1
                return String(decoding: value, as: UTF8.self)
            } else if byte == UInt8(ascii: "<") {
                throw fail("< inside an attribute value")
            } else if byte == UInt8(ascii: "&") {
                value += try reference()
            } else {
                if byte == UInt8(ascii: "\n") { line += 1 }
                value.append(byte)
                index += 1
            }
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#N;` or `&#xH;`, as UTF-8.
    private mutating func reference() throws(XMLSyntaxError) -> [UInt8] {
        guard let end = bytes[index...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else { throw fail("& that starts no entity") }
        let entity = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
        index = end + 1
        switch entity {
        case "amp": return [UInt8(ascii: "&")]
        case "lt": return [UInt8(ascii: "<")]
        case "gt": return [UInt8(ascii: ">")]
        case "quot": return [UInt8(ascii: "\"")]
        case "apos": return [UInt8(ascii: "'")]
        default:
            let number = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
            guard let number, let scalar = Unicode.Scalar(number), number != 0 else { throw fail("unknown entity &\(entity);") }
            return Array(String(Character(scalar)).utf8)
        }
    }

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - index >= count else { return false }
        return text.withUTF8Buffer { prefix in bytes[index..<(index + count)].elementsEqual(prefix) }
    }

    @discardableResult
    private mutating func skipWhitespace() -> Bool {
        let start = index
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            index += 1
        }
        return index > start
    }

    private mutating func skip(past end: StaticString, what: String) throws(XMLSyntaxError) {
        while index < bytes.count {
            if starts(with: end) {
                index += end.utf8CodeUnitCount
                return
            }
            if bytes[index] == 0x0A { line += 1 }
            index += 1
        }
        throw fail("a \(what) is not closed")
    }

    private func fail(_ reason: String) -> XMLSyntaxError {
        XMLSyntaxError(line: line, reason: reason)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: ":"), 0x80...0xFF:
            return true
        default:
            return false
        }
    }

    private static func isDigitOrPunctuation(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }
}
