/// HTTP header lines in order, as written: a multi-valued header is several lines, and names keep
/// their spelling. The one header list of the request flow, the Twilio client and the emulator.
///
/// Names compare without regard to ASCII case. Unlike swift-http-types' `HTTPFields`, which the
/// server converts to once at the socket, a line's name is not validated here: a handler may set
/// any name, the in-process test kit shows it as set, and only the HTTP edge drops (with a
/// warning) a name HTTP cannot carry.
///
/// ```swift
/// var headers: HeaderList = [("Content-Type", "application/json")]
/// headers.append(("Set-Cookie", "a=1"))
/// headers["content-type"]          // "application/json"
/// headers.values("set-cookie")     // ["a=1"]
/// ```
public struct HeaderList: Sendable, RandomAccessCollection, RangeReplaceableCollection, MutableCollection {
    /// One header line.
    public typealias Element = (name: String, value: String)

    // Inlinable, with the array visible to other modules: every request walks its header lines,
    // and a call per element through a collection's default implementations cost the request
    // path several microseconds.
    @usableFromInline var lines: [Element]

    /// An empty list.
    @inlinable public init() {
        lines = []
    }

    /// The lines given, in order.
    @inlinable public init(_ lines: [Element]) {
        self.lines = lines
    }

    /// The lines given, in order.
    @inlinable public init(_ lines: some Sequence<Element>) {
        self.lines = Array(lines)
    }

    @inlinable public var startIndex: Int { lines.startIndex }
    @inlinable public var endIndex: Int { lines.endIndex }
    @inlinable public var count: Int { lines.count }
    @inlinable public var isEmpty: Bool { lines.isEmpty }

    @inlinable public subscript(position: Int) -> Element {
        get { lines[position] }
        set { lines[position] = newValue }
    }

    @inlinable public func makeIterator() -> IndexingIterator<[Element]> {
        lines.makeIterator()
    }

    @inlinable public mutating func replaceSubrange(_ range: Range<Int>, with newElements: some Collection<Element>) {
        lines.replaceSubrange(range, with: newElements)
    }

    @inlinable public mutating func reserveCapacity(_ capacity: Int) {
        lines.reserveCapacity(capacity)
    }

    @inlinable public mutating func append(_ line: Element) {
        lines.append(line)
    }

    @inlinable public mutating func append(contentsOf newLines: some Sequence<Element>) {
        lines.append(contentsOf: newLines)
    }

    @inlinable public mutating func insert(_ line: Element, at index: Int) {
        lines.insert(line, at: index)
    }

    @inlinable public mutating func removeAll(where shouldBeRemoved: (Element) throws -> Bool) rethrows {
        try lines.removeAll(where: shouldBeRemoved)
    }

    /// The first value of the header `name` (any case), or `nil`.
    public subscript(name: String) -> String? {
        lines.first { $0.name.caseInsensitiveEquals(name) }?.value
    }

    /// Every value of the header `name` (any case), in order.
    public func values(_ name: String) -> [String] {
        lines.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Whether a line named `name` (any case) is present.
    public func contains(_ name: String) -> Bool {
        lines.contains { $0.name.caseInsensitiveEquals(name) }
    }

    /// Appends `name: value` unless a line of that name is already present (a default such as
    /// `Content-Type` that the caller's own headers may have set).
    public mutating func appendIfAbsent(_ name: String, _ value: String) {
        if !contains(name) { lines.append((name, value)) }
    }

    /// Removes every line named `name` (any case).
    public mutating func remove(_ name: String) {
        lines.removeAll { $0.name.caseInsensitiveEquals(name) }
    }
}

extension HeaderList: ExpressibleByArrayLiteral {
    @inlinable public init(arrayLiteral elements: Element...) {
        lines = elements
    }
}

extension HeaderList: Equatable {
    /// Equal when the lines are the same, in the same order, spelled the same.
    public static func == (lhs: HeaderList, rhs: HeaderList) -> Bool {
        lhs.lines.elementsEqual(rhs.lines) { $0.name == $1.name && $0.value == $1.value }
    }
}

/// A message that carries a ``HeaderList``: requests and responses of every module get their
/// header look-ups from it.
public protocol HeaderCarrying {
    /// The header lines, in order.
    var headers: HeaderList { get }
}

extension HeaderCarrying {
    /// The first value of the header `name` (any case).
    public func header(_ name: String) -> String? { headers[name] }

    /// Every value of the header `name` (any case), in order.
    public func headerValues(_ name: String) -> [String] { headers.values(name) }
}
