import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
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
        // Refused before the body is read: a client without credentials cannot make the server
        // take in (or wait for) a body.
        guard emulator.accepts(authorization: request.headers[.authorization]) else {
            return response(TwilioEmulator.unauthenticated)
        }
        var request = request
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodySize)
        } catch is NIOTooManyBytesError {
            return response(TwilioEmulator.unreadableBody(fault: nil, limit: maxBodySize))
        } catch {
            return response(TwilioEmulator.unreadableBody(fault: Self.fault(error), limit: maxBodySize))
        }
        let answer = await emulator.handle(
            EmulatorRequest(
                method: request.method.rawValue,
                path: request.uri.path,
                query: request.uri.query,
                // HTTP/1's Host arrives as the authority; the emulator routes by it (`verify.localhost:3001`).
                headers: request.head.authority.map { HeaderList(request.headers) + [("Host", $0)] } ?? HeaderList(request.headers),
                body: Array(buffer: body)
            )
        )
        if logger.logLevel <= .debug {
            logger.debug("api \(answer.status) \(request.method) \(emulator.redacted(request.uri.path))")
        }
        return response(answer)
    }

    private func response(_ answer: EmulatorResponse) -> Response {
        let bytes = answer.body
        return Response(
            status: HTTPResponse.Status(code: answer.status),
            headers: HTTPFields(answer.headers, logger: logger),
            body: bytes.isEmpty ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// What was wrong with a body NIO's parser refused, in words: `invalid chunk size`, `the body
    /// ended before its Content-Length`.
    static func fault(_ error: any Error) -> String {
        switch error as? HTTPParserError {
        case .invalidChunkSize: "invalid chunk size"
        case .invalidContentLength: "invalid Content-Length"
        case .some(let parserError): "\(parserError)"
        case nil: "the body ended before its Content-Length, or the connection failed"
        }
    }
}
