import FunctionsPort
import FunctionsRuntime
import JavaScriptSyntax
import Testing

/// PORTING.md and the summary `port` prints, from hand-made translations; and which Twilio
/// APIs the local emulator serves.
@Suite("port: the report")
struct ProjectReportTests {
    static func plan() throws -> PortPlan {
        let project = ServerlessProject(
            root: "examples/shop",
            functions: [
                .init(file: "functions/send.js", text: ""),
                .init(file: "functions/admin/stats.protected.js", text: ""),
                .init(file: "functions/broken.js", text: ""),
            ],
            assets: [.init(file: "assets/logo.private.png", path: "/logo.png", visibility: .private, bytes: [1, 2])],
            environment: try DotEnv.parse("# required: true\nSTORE_ID=\n# format: secret\nSTRIPE_KEY=sk_live_x\n", file: "examples/shop/.env"),
            dependencies: [.init(name: "twilio", version: "^5.2.1"), .init(name: "axios", version: "^1.6.0"), .init(name: "@twilio/runtime-handler", version: "1.2.1")]
        )
        return try PortPlan(
            project: project, skeleton: .ported("shop", module: "Shop"),
            translate: ProjectFakes.translator([
                "functions/send.js": PortedModule(
                    file: "", swiftName: "", source: "// swift", translatedLines: 12,
                    twilioAPIs: ["messages.create", "conversations.v1.conversations.create"]
                ),
                "functions/admin/stats.protected.js": PortedModule(
                    file: "", swiftName: "", source: "// swift",
                    todos: [PortTODO(line: 7, text: "class Stats | Totals {}", reason: "classes are not translated")],
                    translatedLines: 20, twilioAPIs: ["sync.services.documents.fetch", "messages.create"], npmModules: ["axios", "lodash"]
                ),
                "functions/broken.js": PortedModule(
                    file: "", swiftName: "", source: "// swift", syntaxError: SyntaxError("expected ')' after the arguments", line: 3, column: 10)
                ),
            ])
        )
    }

    @Test func theSummaryHasALinePerFunctionAndTheTotals() throws {
        let summary = try Self.plan().report.summary(reportPath: "out/PORTING.md")
        #expect(summary == """
            Ported 3 Functions (1 fully translated) into the package shop:
              /send         public     12 translated, 0 TODO
              /admin/stats  protected  20 translated, 1 TODO
              /broken       public     0 translated, 0 TODO
                functions/broken.js:3:10: expected ')' after the arguments (answers 501)
            Totals: 32 lines translated, 1 TODO; 3 Twilio APIs (2 served by the emulator); 1 asset; npm packages without a counterpart: axios, lodash.
            Credentials kept out of environment, in environment.local: STRIPE_KEY.
            Report: out/PORTING.md
            """)
    }

    @Test func portingMarkdownListsEachFunctionsFigures() throws {
        let markdown = try Self.plan().report.markdown
        #expect(markdown.hasPrefix("# Porting report: shop\n\nPorted from `examples/shop` by `twilio-functions port`."))
        #expect(markdown.contains("| `/send` | public | `functions/send.js` | `send` | 12 | 0 |\n"))
        #expect(markdown.contains("| `/admin/stats` | protected | `functions/admin/stats.protected.js` | `adminStats` | 20 | 1 |\n"))
        #expect(markdown.contains("- line 7: `class Stats | Totals {}` — classes are not translated\n"))
        #expect(markdown.contains("| `messages.create` | served |\n"))
        #expect(markdown.contains("| `conversations.v1.conversations.create` | not served: needs a Twilio account |\n"))
        #expect(markdown.contains("| `sync.services.documents.fetch` | served |\n"))
        #expect(markdown.contains("**Syntax error:** `functions/broken.js:3:10: expected ')' after the arguments`."))
        #expect(markdown.contains("Requires npm modules with no counterpart (each `require` of one is a TODO line that answers 501): `axios`, `lodash`."))
        #expect(markdown.contains("| `/logo.png` | private | `assets/logo.private.png` |\n"))
        #expect(markdown.contains("| `axios` | `^1.6.0` | none: rewrite its uses in Swift |\n"))
        #expect(markdown.contains("| `twilio` | `^5.2.1` | FunctionsJS's `twilio` module |\n"))
        #expect(markdown.contains("Credentials, kept out of `environment` (committed) and written to `environment.local` (git ignores it): `STRIPE_KEY`."))
        #expect(markdown.contains("Required but empty in `.env` (`check` warns until they are set): `STORE_ID`."))
        #expect(markdown.contains("""
            ## Totals

            Functions: 3 (1 fully translated, 1 with TODOs, 1 with a syntax error)\\
            Translated lines: 32\\
            TODO lines: 1\\
            Twilio APIs: 3 (2 served by the local emulator, 1 not served)\\
            Assets: 1\\
            npm packages without a counterpart: `axios`, `lodash`

            """))
        #expect(markdown.split(separator: "\n").contains("TODO lines: 1\\"))
    }

    @Test func thePlanWritesTheReportAndTheReadmeMentionsCredentials() throws {
        let plan = try Self.plan()
        #expect(plan.files.first { $0.path == "PORTING.md" }?.text == plan.report.markdown)
        let readme = try #require(plan.files.first { $0.path == "README.md" }).text
        #expect(readme.contains("are not in\n`environment`, which is committed: their values are in `environment.local`, which git ignores."))
        #expect(readme.contains("- `/broken`: `functions/broken.js` → `Sources/Shop/Broken.swift` — not fully ported, answers 501: see PORTING.md"))
        #expect(plan.files.contains { $0.path == "environment.local" })
    }

    @Test func anEmptyTranslationIsReportedAsNotPorted() throws {
        let plan = try PortPlan(
            project: try ServerlessProject.load(from: ProjectFixtures.example("hello-world")), skeleton: .ported("hello", module: "Hello"),
            translate: ProjectFakes.translator([:])
        )
        #expect(plan.report.markdown.contains("No Swift was made of this file, so the Function answers 501"))
        #expect(plan.report.summary(reportPath: "x").hasPrefix("Ported 1 Function (0 fully translated) into the package hello:\n  /hello-world  public"))
    }

    @Test(arguments: [
        ("messages.create", true), ("api.v2010.accounts.messages.create", true), ("messages.fetch", true), ("messages.media.list", true),
        ("calls.create", true), ("incomingPhoneNumbers.list", true),
        ("sync.services.documents.fetch", true), ("sync.v1.services.documents.update", true), ("sync.services.syncLists.syncListItems.create", true),
        ("sync.services.syncMaps.syncMapItems.list", true), ("sync.services.syncStreams.streamMessages.create", true),
        ("sync.services.documents.documentPermissions.update", true),
        ("verify.v2.services.verifications.create", true), ("verify.services.verificationChecks.create", true),
        ("lookups.v2.phoneNumbers.fetch", true), ("media.playerStreamer.playbackGrant.create", true), ("media.v1.playerStreamer.create", true),
        ("media.playerStreamer.playbackGrant.fetch", false), ("lookups.v2.phoneNumbers.update", false),
        ("conversations.v1.conversations.create", false), ("taskrouter.workspaces.tasks.create", false), ("api.accounts.fetch", false),
        ("sync.services.documents.documentPermissions.create", false), ("messages", false), ("", false),
    ])
    func theEmulatorsTable(call: String, served: Bool) {
        #expect(TwilioAPICoverage.isServed(call) == served)
    }
}
