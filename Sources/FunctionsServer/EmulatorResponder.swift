import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import TwilioEmulator

/// Serves the emulated Twilio REST API (Sync and Media) on its own port, at Twilio's paths, so
/// Twilio's SDKs and curl can be pointed at it.
struct EmulatorResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let emulator: TwilioEmulator
    let maxBodySize: Int
    let logger: Logger

    func respond(to request: Request, context: Context) async throws -> Response {
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodySize)
        } catch {
            return Response.plain(.contentTooLarge, "The request body is larger than the \(maxBodySize)-byte limit.")
        }
        let answer = await emulator.handle(
            EmulatorRequest(
                method: request.method.rawValue,
                path: request.uri.path,
                query: request.uri.query,
                headers: request.headers.map { (name: $0.name.canonicalName, value: $0.value) },
                body: Array(buffer: body)
            )
        )
        if logger.logLevel <= .debug {
            logger.debug("api \(answer.status) \(request.method) \(request.uri.path)")
        }
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        let bytes = answer.body
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: bytes.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
