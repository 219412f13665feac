import FunctionsHost
import FunctionsRuntime
import HTTPTypes
import Hummingbird
import NIOCore
import TwilioAPI
import TwilioEmulator
import TwilioWire

extension Console {
    /// Relays `/_console/api/twilio/v1/…` to the emulated services, through the connection the
    /// handlers use (in process, or the watching process's API) and with the environment's
    /// credentials added here: the page sees Twilio's own answers and never the secret.
    func relayToTwilio(_ request: Request, path: String) async -> Response {
        guard let connection = reloadable.emulatedTwilio else {
            return Self.error(.serviceUnavailable, "The console edits emulated data only, and this server's handlers talk to live Twilio (--twilio live).")
        }
        // `/_emulator/…` are the emulator's own: the Stream messages published lately, the Verify codes sent.
        let emulatorOwn = ["/_emulator/StreamMessages", "/_emulator/VerifyCodes", "/_emulator/Messages", "/_emulator/Trigger/Sms", "/_emulator/Trigger/Call"]
        guard path.hasPrefix("/v1/") || path.hasPrefix("/v2/") || path.hasPrefix("/2010-04-01/") || emulatorOwn.contains(path), !path.contains("/../"), !path.hasSuffix("/..") else {
            return Self.error(.notFound, "\(Self.prefix)/api/twilio\(path) is not a Twilio REST path; use /v1/Services/…, /v1/PlayerStreamers/… or /v2/….")
        }
        guard [.get, .post, .delete].contains(request.method) else {
            return Self.error(.methodNotAllowed, "\(request.method) is not allowed; the Twilio API answers GET, POST and DELETE.")
        }
        let environment = reloadable.project.environment
        guard let authorization = Self.authorization(environment) else {
            return Self.error(.serviceUnavailable, "\(environment.path) has neither API_KEY and API_SECRET nor ACCOUNT_SID and AUTH_TOKEN, which the emulated API needs. Add them to that file.")
        }
        var request = request
        var form: [(String, String)] = []
        do {
            if request.method == .post {
                form = try FunctionEvent.decodeForm(Array(buffer: try await request.collectBody(upTo: 1024 * 1024)), source: "form")
            }
            let query = try request.uri.query.map { try FunctionEvent.decodeForm($0.utf8, source: "query") } ?? []
            var headers: HeaderList = [("Authorization", authorization)]
            if let ifMatch = request.headers[.ifMatch] { headers.append(("If-Match", ifMatch)) }
            // Every product is served on the one API port; the base only matters to a transport that sends HTTP.
            let baseURL = path.hasPrefix("/v1/PlayerStreamers") ? connection.endpoints.media : connection.endpoints.sync
            let reply = try await connection.transport.send(
                TwilioHTTPRequest(method: request.method.rawValue, baseURL: baseURL, path: path, query: query, form: form, headers: headers)
            )
            var fields = Self.securityHeaders
            fields[.contentType] = reply.header("Content-Type") ?? "application/json"
            return Response(status: .init(code: reply.status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: reply.body)))
        } catch let error as FunctionsError {
            return Self.error(.badRequest, error.message)
        } catch {
            return Self.error(.badGateway, "The emulated Twilio API did not answer: \(error)")
        }
    }

    /// Basic credentials from the environment: the API key pair, else the Account SID and Auth
    /// Token, as the emulator accepts them.
    static func authorization(_ environment: EnvironmentFile) -> String? {
        EmulatorCredentials(environment: { environment[$0] }).authorizationHeader
    }
}
