/// Which child elements each TwiML element's JavaScript object can add, as twilio-node's
/// generated classes define them: `gather.say(...)` adds `<Say>`, `say.sayAs(...)` adds `<say-as>`.
///
/// A method adds the element named by its name with the first letter capitalized, except the SSML
/// methods of `<Say>` and its SSML children, which add lower-case SSML elements.
enum TwiMLVerbTable {
    /// The SSML methods and the elements they add (twilio-node also spells them `ssmlBreak`, …).
    static let ssml: [String: String] = {
        let names = [
            ("break_", "break"), ("emphasis", "emphasis"), ("lang", "lang"), ("p", "p"), ("phoneme", "phoneme"),
            ("prosody", "prosody"), ("s", "s"), ("sayAs", "say-as"), ("sub", "sub"), ("w", "w"),
        ]
        var table: [String: String] = [:]
        for (method, element) in names {
            table[method] = element
            let base = method == "break_" ? "break" : method
            table["ssml" + base.prefix(1).uppercased() + base.dropFirst()] = element
        }
        return table
    }()

    /// The SSML elements that hold further SSML.
    private static let ssmlContainers: Set<String> = ["Say", "emphasis", "lang", "p", "prosody", "s", "w"]

    /// The methods (other than SSML) of each element, by element name.
    private static let verbs: [String: [String]] = [
        "VoiceResponse": [
            "connect", "dial", "echo", "enqueue", "gather", "hangup", "leave", "pause", "pay", "play", "prompt", "queue",
            "record", "redirect", "refer", "reject", "say", "sms", "start", "stop",
        ],
        "MessagingResponse": ["message", "redirect"],
        "FaxResponse": ["receive"],
        "Message": ["body", "media"],
        "Connect": ["assistant", "autopilot", "conversation", "conversationRelay", "room", "stream", "virtualAgent"],
        "Dial": ["application", "client", "conference", "number", "queue", "sim", "sip", "whatsApp"],
        "Enqueue": ["task"],
        "Gather": ["pause", "play", "say"],
        "Pay": ["parameter", "prompt"],
        "Prompt": ["pause", "play", "say"],
        "Refer": ["sip"],
        "Start": ["recording", "siprec", "stream", "transcription"],
        "Stop": ["recording", "siprec", "stream", "transcription"],
        "Application": ["applicationSid", "parameter"],
        "Client": ["identity", "parameter"],
        "Stream": ["parameter"],
        "Siprec": ["parameter"],
        "Transcription": ["config", "parameter"],
        "ConversationRelay": ["language", "parameter"],
        "Assistant": ["language", "parameter"],
        "VirtualAgent": ["config", "parameter"],
    ]

    /// The methods of an element and the element each adds; `kind` is the element name, or the
    /// response class name for a `<Response>`.
    static func methods(of kind: String) -> [(method: String, element: String)] {
        var methods = (verbs[kind] ?? []).map { ($0, elementName(forMethod: $0)) }
        if ssmlContainers.contains(kind) {
            methods += ssml.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        return methods
    }

    /// The element a method adds: `whatsApp` → `WhatsApp`, `sms` → `Sms`.
    static func elementName(forMethod method: String) -> String {
        method.prefix(1).uppercased() + method.dropFirst()
    }
}
