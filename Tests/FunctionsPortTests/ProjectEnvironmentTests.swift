import FunctionsPort
import FunctionsRuntime
import Testing

/// `.env` with its metadata, credentials kept out of the committed `environment`, and the
/// placeholders Twilio's injected keys get.
@Suite("port: environment")
struct ProjectEnvironmentTests {
    static let forwardMessage = """
        # description: A list of numbers in E.164 format you want to forward incoming messages to, separated by commas
        # format: list(phone_number)
        # required: true
        # link: https://www.twilio.com/docs/glossary/what-e164
        FORWARDING_NUMBERS=+12223334444,+491761234567

        # description: The path to the webhook
        # configurable: false
        TWILIO_SMS_WEBHOOK_URL=/forward-message
        """

    static func project(_ env: String) throws -> ServerlessProject {
        ServerlessProject(root: "proj", functions: [], environment: try DotEnv.parse(env, file: "proj/.env"))
    }

    @Test func everyKeyKeepsItsOrderAndMetadata() throws {
        let env = try DotEnv.parse(Self.forwardMessage, file: ".env")
        #expect(env.entries.map(\.key) == ["FORWARDING_NUMBERS", "TWILIO_SMS_WEBHOOK_URL"])
        let numbers = try #require(env["FORWARDING_NUMBERS"])
        #expect(numbers.value == "+12223334444,+491761234567")
        #expect(numbers.metadata["format"] == "list(phone_number)")
        #expect(numbers.metadata["link"] == "https://www.twilio.com/docs/glossary/what-e164")
        #expect(numbers.isRequired)
        #expect(env["TWILIO_SMS_WEBHOOK_URL"]?.metadata == ["description": "The path to the webhook", "configurable": "false"])
        #expect(env["TWILIO_SMS_WEBHOOK_URL"]?.isRequired == false)
    }

    @Test func aKeySetTwiceKeepsItsPlaceAndItsLastValue() throws {
        let env = try DotEnv.parse("# first\nA=1\nB=2\nA=3\n", file: ".env")
        #expect(env.entries.map(\.key) == ["A", "B"])
        #expect(env["A"]?.value == "3")
        #expect(env["A"]?.comments == ["first"])
    }

    /// A real ACCOUNT_SID stays as it is; an empty AUTH_TOKEN gets its placeholder where `.env`
    /// has it, and only the keys that got one are called placeholders.
    @Test func placeholdersKeepTheirPlaceAndOnlyThemAreCalledPlaceholders() throws {
        let env = "GREETING=hi\nACCOUNT_SID=AC0123456789abcdef0123456789abcdef\nAUTH_TOKEN=\nLAST=1\n"
        let environment = PortEnvironment(project: try Self.project(env), package: "demo")
        #expect(environment.lines.map(\.key) == ["GREETING", "ACCOUNT_SID", "AUTH_TOKEN", "LAST"])
        #expect(environment.placeholders == ["AUTH_TOKEN"])
        #expect(environment.committed.contains("ACCOUNT_SID=AC0123456789abcdef0123456789abcdef"))
        #expect(environment.committed.contains("# AUTH_TOKEN, which Twilio gives every Function, is a placeholder"))
        #expect(!environment.committed.contains("ACCOUNT_SID and AUTH_TOKEN"))
        let missing = PortEnvironment(project: try Self.project("GREETING=hi\n"), package: "demo")
        #expect(missing.lines.map(\.key) == ["ACCOUNT_SID", "AUTH_TOKEN", "GREETING"])
        #expect(missing.committed.contains("# ACCOUNT_SID and AUTH_TOKEN, which Twilio gives every Function, are placeholders"))
    }

    @Test func aBadLineNamesTheFileAndLine() {
        #expect(throws: PortError("proj/.env:2: expected KEY=value, found a line without `=` (10 characters). Write it as KEY=value or comment it out with #.")) {
            try DotEnv.parse("A=1\nnot a line\n", file: "proj/.env")
        }
    }

    @Test(arguments: [
        ("API_SECRET", "abc", nil, true),
        ("SENDGRID_API_KEY", "SG.abc", nil, true),
        ("DB_PASSWORD", "hunter2", nil, true),
        ("GITHUB_TOKEN", "ghp_x", nil, true),
        ("DB_PASS", "hunter2", nil, true),
        ("PASSCODE", "1234", nil, true),
        ("ADMIN_PWD", "x", nil, true),
        ("GOOGLE_CREDENTIALS", "{}", nil, true),
        ("PASSAGE_TITLE", "intro", nil, false),
        ("ANYTHING", "value", "secret", true),
        ("CUSTOM", "0123456789abcdef0123456789ABCDEF", nil, true),
        ("API_KEY", "SK0123456789abcdef0123456789abcdef", nil, false),
        ("API_KEY", "SK0123456789abcdef0123456789abcdef", "secret", true),
        ("ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef", nil, false),
        ("SYNC_SERVICE_SID", "IS0123456789abcdef0123456789abcdef", "sid", false),
        ("API_SECRET", "", "secret", false),
        ("TWILIO_PHONE_NUMBER", "+12223334444", "phone_number", false),
        ("KEYPAD_LAYOUT", "qwerty", nil, false),
    ] as [(String, String, String?, Bool)])
    func credentials(key: String, value: String, format: String?, isCredential: Bool) {
        #expect(DotEnv.isCredential(key: key, value: value, format: format) == isCredential)
    }

    @Test func descriptionsBecomeCommentsAndMetadataLinesStay() throws {
        let environment = PortEnvironment(project: try Self.project(Self.forwardMessage), package: "fwd")
        #expect(environment.committed.contains("""

            # A list of numbers in E.164 format you want to forward incoming messages to, separated by commas
            # format: list(phone_number)
            # required: true
            # link: https://www.twilio.com/docs/glossary/what-e164
            FORWARDING_NUMBERS=+12223334444,+491761234567

            # The path to the webhook
            # configurable: false
            TWILIO_SMS_WEBHOOK_URL=/forward-message

            """))
        #expect(environment.local == nil)
        #expect(environment.credentials.isEmpty)
        let parsed = try EnvironmentFile.parse(environment.committed)
        #expect(parsed.entries.map(\.key) == ["ACCOUNT_SID", "AUTH_TOKEN", "FORWARDING_NUMBERS", "TWILIO_SMS_WEBHOOK_URL"])
        #expect(parsed["ACCOUNT_SID"] == PlaceholderEnvironment.accountSid)
        #expect(parsed["AUTH_TOKEN"] == PlaceholderEnvironment.authToken)
        #expect(environment.placeholders == ["ACCOUNT_SID", "AUTH_TOKEN"])
    }

    @Test func credentialsGoToEnvironmentLocalAndLeaveAnEmptyKey() throws {
        let env = """
            # description: API secret for your API Key
            # format: secret
            # required: true
            API_SECRET=s3cr3t-value
            API_KEY=SK0123456789abcdef0123456789abcdef
            AUTH_TOKEN=0123456789abcdef0123456789abcdef
            """
        let environment = PortEnvironment(project: try Self.project(env), package: "tokens")
        #expect(environment.credentials == ["API_SECRET", "AUTH_TOKEN"])
        #expect(!environment.committed.contains("s3cr3t-value"))
        #expect(!environment.committed.contains("AUTH_TOKEN=0123456789abcdef0123456789abcdef"))
        let committed = try EnvironmentFile.parse(environment.committed)
        #expect(committed["API_SECRET"] == "")
        #expect(committed["API_KEY"] == "SK0123456789abcdef0123456789abcdef")
        // The auth token keeps a placeholder, so protected Functions can still be signed locally.
        #expect(committed["AUTH_TOKEN"] == PlaceholderEnvironment.authToken)
        #expect(environment.committed.contains("# A credential: its value is in environment.local (git ignores it), not here.\nAPI_SECRET=\n"))
        #expect(environment.committed.contains("--env-file environment.local"))
        #expect(environment.local?.contains("A credential:") == false)
        let local = try EnvironmentFile.parse(try #require(environment.local))
        #expect(local["API_SECRET"] == "s3cr3t-value")
        #expect(local["AUTH_TOKEN"] == "0123456789abcdef0123456789abcdef")
        #expect(local["ACCOUNT_SID"] == PlaceholderEnvironment.accountSid)
        #expect(local.entries.map(\.key) == committed.entries.map(\.key))
        // `check` reads the kept `# required: true` line: the committed secret is empty.
        #expect(EnvironmentFile.unsetRequiredKeys(in: environment.committed, path: "environment").count == 1)
        #expect(EnvironmentFile.unsetRequiredKeys(in: try #require(environment.local), path: "environment.local").isEmpty)
    }

    @Test func emptyRequiredKeysStayEmptyAndAreListed() throws {
        let environment = PortEnvironment(project: try Self.project("# required: true\nVERIFY_SERVICE_SID=\nOTHER=\n"), package: "v")
        let parsed = try EnvironmentFile.parse(environment.committed)
        #expect(parsed["VERIFY_SERVICE_SID"] == "")
        #expect(parsed["OTHER"] == "")
        #expect(environment.unsetRequired == ["VERIFY_SERVICE_SID"])
        #expect(environment.local == nil)
    }

    @Test(arguments: ["plain", "with space", " leading", "trailing ", "a#b", "a # b", "say \"hi\"", "it's", #"back\slash"#, "two\nlines", "tab\there", "=eq=", ""])
    func valuesReadBackExactly(value: String) throws {
        let env = DotEnv(
            file: ".env", entries: [EnvironmentFile.AnnotatedEntry(key: "VALUE", value: value, line: 1, comments: [])]
        )
        let environment = PortEnvironment(project: ServerlessProject(root: "p", functions: [], environment: env), package: "p")
        #expect(try EnvironmentFile.parse(environment.committed)["VALUE"] == value)
    }
}
