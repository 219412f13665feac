import FunctionsRuntime
import Testing

struct FunctionContextTests {
    let environment = EnvironmentFile(path: "my.env", values: [("ACCOUNT_SID", "AC1"), ("EMPTY", "")])

    @Test func valuesReadLikeJavaScript() throws {
        let context = FunctionContext(environment: environment, domainName: "localhost:3000", path: "/token")
        #expect(try context.ACCOUNT_SID == "AC1")
        #expect(try context.EMPTY == "")
        #expect(try context.DOMAIN_NAME == "localhost:3000")
        #expect(try context.PATH == "/token")
        #expect(context["MISSING"] == nil)
    }

    @Test func missingValueNamesTheKeyAndTheFile() {
        let context = FunctionContext(environment: environment)
        #expect {
            _ = try context.API_SECRET
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .missingEnvironmentValue && error.message.contains("API_SECRET")
                && error.message.contains("my.env")
        }
    }

    @Test func environmentValuesWinOverDomainNameAndPath() throws {
        let context = FunctionContext(
            environment: EnvironmentFile(values: [("PATH", "/custom"), ("DOMAIN_NAME", "example.twil.io")]),
            domainName: "localhost:3000",
            path: "/token"
        )
        #expect(try context.PATH == "/custom")
        #expect(try context.DOMAIN_NAME == "example.twil.io")
    }

    @Test func redactorHidesSecretValues() {
        let redactor = SecretRedactor(environment: ["API_SECRET": "s3cr3t-value", "AUTH_TOKEN": "tok-12345", "API_KEY": "SK123", "X": "ab"])
        #expect(redactor.redact("key s3cr3t-value and tok-12345, SK123") == "key [redacted] and [redacted], SK123")
        #expect(SecretRedactor.isSecretKey("API_SECRET"))
        #expect(SecretRedactor.isSecretKey("AUTH_TOKEN"))
        #expect(!SecretRedactor.isSecretKey("ACCOUNT_SID"))
    }
}
