import Foundation
import TwilioWire

extension FunctionRegistry {
    /// Registers a handler with a typed event and a typed answer: the event's parameters are
    /// decoded into `Event` (text parameters count as numbers and Booleans where those are
    /// declared), and the returned `Output` is answered as JSON.
    ///
    /// ```swift
    /// struct Greeting: Decodable, Sendable { var name: String; var times: Int? }
    /// struct Reply: Encodable, Sendable { var message: String }
    /// registry.register("greet", event: Greeting.self) { context, greeting in
    ///     Reply(message: String(repeating: "Hello \(greeting.name)! ", count: greeting.times ?? 1))
    /// }
    /// ```
    ///
    /// A parameter that does not decode answers 400 with a message naming it; the handler does not run.
    public mutating func register<Event: Decodable & Sendable, Output: Encodable & Sendable>(
        _ name: String,
        event: Event.Type,
        _ handler: @escaping @Sendable (FunctionContext, Event) async throws -> Output
    ) {
        register(name) { context, event, callback in
            let decoded: Event
            do {
                decoded = try JSONValueDecoder().decode(Event.self, from: .object(event.parameters))
            } catch let error as DecodingError {
                callback(nil, Twilio.Response(statusCode: 400, body: .text(Self.describe(error))).appendHeader("Content-Type", "text/plain"))
                return
            }
            callback(nil, EncodedPayload(value: try await handler(context, decoded)))
        }
    }

    /// `parameter "a.b": expected a whole number, found "x"`: what a caller must fix.
    static func describe(_ error: DecodingError) -> String {
        func name(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".").replacing(".[", with: "[")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "The parameter \"\(name(context.codingPath + [key]))\" is missing."
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let field = name(context.codingPath)
            return field.isEmpty
                ? "The parameters do not decode: \(context.debugDescription)."
                : "The parameter \"\(field)\" is invalid: \(context.debugDescription)."
        @unknown default:
            return "The parameters do not decode: \(error)."
        }
    }
}

/// An `Encodable` answer, sent as JSON with its keys sorted: Foundation's encoder keeps no key
/// order of its own, and a stable one keeps answers reproducible.
struct EncodedPayload<Value: Encodable & Sendable>: FunctionPayload {
    let value: Value

    func functionResult() throws -> FunctionResult {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return FunctionResult(status: 200, headers: FunctionPayloadHeaders.json, body: Array(try encoder.encode(value)))
    }
}
