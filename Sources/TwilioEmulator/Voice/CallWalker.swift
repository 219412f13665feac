import Foundation
import TwilioWire

/// Follows a call's TwiML as Twilio would, one document after another: it fetches the first URL,
/// records what each verb does (`<Say>`, `<Play>`, `<Pause>`, `<Gather>`, `<Dial>`, `<Record>`,
/// `<Message>`…), answers each `<Gather>` with the next of the caller's `digits` by requesting
/// its `action`, follows `<Redirect>`, and stops at `<Hangup>`, `<Reject>` or the end of a
/// document, where Twilio hangs up.
struct CallWalker {
    /// The most TwiML documents one call fetches, so a `<Redirect>` loop ends.
    static let maximumDocuments = 25

    /// Sends one webhook; the emulator's signed sender.
    let send: (EmulatorWebhook) async -> (url: String, result: Result<WebhookReply, WebhookFailure>)
    /// The parameters Twilio sends with every request of this call, `CallStatus` aside: the
    /// walker sends `ringing` with the first request and `in-progress` after.
    let callParameters: [(String, String)]

    /// What the walk did: one entry per verb or request, and the SMS the TwiML asked to send.
    struct Walk {
        var steps: [JSONValue] = []
        var messages: [(to: String?, from: String?, body: String)] = []
        var problem: String?
    }

    /// Walks the call from `url`, answering gathers with `digits` in order.
    func walk(from url: String, method: String, twiml: String? = nil, digits: [String]) async -> Walk {
        var walk = Walk()
        var pendingDigits = digits
        var next: (url: String, method: String, extra: [(String, String)])? = (url, method, [])
        var document: [UInt8]? = twiml.map { Array($0.utf8) }
        var current = url
        var fetched = 0
        while !Task.isCancelled {
            if document == nil {
                guard let request = next else { break }
                guard fetched < Self.maximumDocuments else {
                    walk.problem = "stopped after \(Self.maximumDocuments) TwiML documents (a <Redirect> loop?)"
                    break
                }
                fetched += 1
                let status = [("CallStatus", fetched == 1 ? "ringing" : "in-progress")]
                let outcome = await send(EmulatorWebhook(url: request.url, method: request.method, parameters: callParameters + status + request.extra))
                current = outcome.url
                switch outcome.result {
                case .failure(let failure):
                    walk.steps.append(["verb": "request", "url": .string(outcome.url), "error": .string(failure.reason)])
                    walk.problem = "the call's TwiML could not be fetched from \(outcome.url): \(failure.reason)"
                    return walk
                case .success(let reply):
                    walk.steps.append(["verb": "request", "method": .string(request.method), "url": .string(outcome.url), "status": .int(reply.status)])
                    guard (200..<300).contains(reply.status) else {
                        walk.problem = "\(outcome.url) answered HTTP \(reply.status); Twilio would say \"An application error has occurred\" and hang up (error 11200)"
                        return walk
                    }
                    document = reply.body
                }
            }
            let response: TwiMLNode
            do {
                response = try TwiMLReader.response(document ?? [])
            } catch {
                walk.problem = "the answer of \(current) is not TwiML Twilio can follow: \(error.reason)"
                return walk
            }
            document = nil
            next = nil
            verbs: for verb in response.children {
                switch verb.name {
                case "Say":
                    walk.steps.append(["verb": "Say", "text": .string(verb.text), "voice": verb.attributes["voice"].jsonValue])
                case "Play":
                    walk.steps.append(["verb": "Play", "url": .string(verb.text)])
                case "Pause":
                    walk.steps.append(["verb": "Pause", "length": .string(verb.attributes["length"] ?? "1")])
                case "Gather":
                    for nested in verb.children where ["Say", "Play", "Pause"].contains(nested.name) {
                        walk.steps.append(["verb": .string(nested.name), "text": .string(nested.text), "in": "Gather"])
                    }
                    let action = Self.resolve(verb.attributes["action"] ?? current, against: current)
                    guard !pendingDigits.isEmpty else {
                        walk.steps.append(["verb": "Gather", "digits": .null, "action": .string(action), "note": "no input: Twilio goes on to the next verb"])
                        continue verbs
                    }
                    let pressed = pendingDigits.removeFirst()
                    walk.steps.append(["verb": "Gather", "digits": .string(pressed), "action": .string(action)])
                    next = (action, verb.attributes["method"]?.uppercased() ?? "POST", [("Digits", pressed), ("FinishedOnKey", "")])
                    break verbs
                case "Redirect":
                    let target = Self.resolve(verb.text, against: current)
                    walk.steps.append(["verb": "Redirect", "url": .string(target)])
                    next = (target, verb.attributes["method"]?.uppercased() ?? "POST", [])
                    break verbs
                case "Hangup", "Reject":
                    walk.steps.append(["verb": .string(verb.name)])
                    return walk
                case "Dial":
                    let target = verb.children.first?.text ?? verb.text
                    walk.steps.append(["verb": "Dial", "to": .string(target), "note": "the emulator does not connect calls; the dial ends completed"])
                    if let action = verb.attributes["action"] {
                        next = (Self.resolve(action, against: current), verb.attributes["method"]?.uppercased() ?? "POST", [("DialCallStatus", "completed")])
                        break verbs
                    }
                case "Record":
                    walk.steps.append(["verb": "Record", "note": "nothing is recorded offline"])
                    if let action = verb.attributes["action"] {
                        next = (Self.resolve(action, against: current), verb.attributes["method"]?.uppercased() ?? "POST", [("RecordingDuration", "0")])
                        break verbs
                    }
                case "Message", "Sms":
                    walk.steps.append(["verb": .string(verb.name), "text": .string(verb.child("Body")?.text ?? verb.text)])
                    walk.messages.append((verb.attributes["to"], verb.attributes["from"], verb.child("Body")?.text ?? verb.text))
                default:
                    walk.steps.append(["verb": .string(verb.name), "note": "not emulated; Twilio would do it here"])
                }
            }
            guard next != nil else { break }
        }
        return walk
    }

    /// `target` resolved against the URL of the document it came in, as Twilio resolves
    /// relative `action` and `<Redirect>` URLs.
    static func resolve(_ target: String, against base: String) -> String {
        guard !target.isEmpty, let url = URL(string: target, relativeTo: URL(string: base)) else { return base }
        return url.absoluteString
    }
}
