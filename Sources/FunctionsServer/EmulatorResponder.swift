import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import TwilioEmulator
import TwilioWire

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
                headers: HeaderList(request.headers),
                body: Array(buffer: body)
            )
        )
        if logger.logLevel <= .debug {
            logger.debug("api \(answer.status) \(request.method) \(request.uri.path)")
        }
        let fields = HTTPFields(answer.headers, logger: logger)
        let bytes = answer.body
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: fields,
            body: bytes.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}
