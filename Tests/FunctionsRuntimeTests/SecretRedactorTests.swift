import FunctionsRuntime
import Testing

/// Which environment values are credentials: masked in the console and `check`, and redacted from
/// log lines and error answers.
struct SecretRedactorTests {
    @Test(arguments: [
        ("API_SECRET", "s3cr3t-value", true),
        ("AUTH_TOKEN", "0123456789abcdef", true),
        ("DB_PASSWORD", "hunter2-long", true),
        ("DB_PASS", "hunter2-long", true),
        ("PASSWD", "hunter2-long", true),
        ("SMTP_PWD", "hunter2-long", true),
        ("PRIVATE_KEY", "-----BEGIN", true),
        ("GOOGLE_CREDENTIALS", "{\"type\":\"service_account\"}", true),
        ("BASIC_AUTH", "user:pass", true),
        ("SENDGRID_API_KEY", "SG.abcdefghijklmnop", true),
        ("STRIPE_APIKEY", "sk_test_abcdefgh", true),
        ("API_KEY", "SK00000000000000000000000000000000", false),
        ("ACCOUNT_SID", "AC00000000000000000000000000000000", false),
        ("SYNC_SERVICE_SID", "IS00000000000000000000000000000000", false),
        ("USE_KEYPAD", "true", false),
        ("MY_PHONE_NUMBER", "+15005550006", false),
    ])
    func credentialsAreRecognisedByName(key: String, value: String, secret: Bool) {
        #expect(SecretRedactor.isSecret(key: key, value: value) == secret)
    }

    @Test func theRedactorHidesEveryCredentialValue() {
        let redactor = SecretRedactor(environment: [
            "DB_PASS": "pa55word-for-db",
            "SENDGRID_API_KEY": "SG.sendgrid-secret",
            "API_KEY": "SK00000000000000000000000000000000",
        ])
        let line = redactor.redact("db pa55word-for-db, mail SG.sendgrid-secret, key SK00000000000000000000000000000000")
        #expect(line == "db [redacted], mail [redacted], key SK00000000000000000000000000000000")
    }
}
