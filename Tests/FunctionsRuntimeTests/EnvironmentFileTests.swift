import Foundation
import FunctionsRuntime
import Testing

struct EnvironmentFileTests {
    @Test func parsesDotenvSyntax() throws {
        let text = """
            # a comment
              
            ACCOUNT_SID=AC0123456789abcdef0123456789abcdef
            export API_KEY=SKfedcba9876543210fedcba9876543210
            SINGLE='literal \\n $HOME'
            DOUBLE="line\\nnext \\"quoted\\" \\\\ end"
            WITH_EQUALS=a=b=c
            EMPTY=
            EMPTY_QUOTED=""
            SPACED = value with spaces   
            TRAILING=value # a comment
            HASH_IN_QUOTES="a # b"
            HASH_NO_SPACE=a#b
            CRLF=yes\r
            """
        let file = try EnvironmentFile.parse(text, path: "environment")
        #expect(file["ACCOUNT_SID"] == "AC0123456789abcdef0123456789abcdef")
        #expect(file["API_KEY"] == "SKfedcba9876543210fedcba9876543210")
        #expect(file["SINGLE"] == "literal \\n $HOME")
        #expect(file["DOUBLE"] == "line\nnext \"quoted\" \\ end")
        #expect(file["WITH_EQUALS"] == "a=b=c")
        #expect(file["EMPTY"] == "")
        #expect(file["EMPTY_QUOTED"] == "")
        #expect(file["SPACED"] == "value with spaces")
        #expect(file["TRAILING"] == "value")
        #expect(file["HASH_IN_QUOTES"] == "a # b")
        #expect(file["HASH_NO_SPACE"] == "a#b")
        #expect(file["CRLF"] == "yes")
        #expect(file["MISSING"] == nil)
    }

    @Test func singleQuotesAreLiteral() throws {
        let file = try EnvironmentFile.parse(#"RAW='a\nb "c"'"#)
        #expect(file["RAW"] == #"a\nb "c""#)
    }

    @Test func laterValueOfARepeatedKeyWinsAndKeepsOrder() throws {
        let file = try EnvironmentFile.parse("A=1\nB=2\nA=3")
        #expect(file["A"] == "3")
        #expect(file.entries.map(\.key) == ["A", "B"])
    }

    /// Found by fuzzing: each key used to be looked up by a scan of the keys before it, so a file
    /// of many thousand keys took seconds. The index must keep the order and the last value.
    @Test func manyKeysWithRepeatsKeepFileOrderAndLastValues() throws {
        let lines = (0..<20_000).map { "KEY_\($0 % 5_000)=\($0)" }
        let file = try EnvironmentFile.parse(lines.joined(separator: "\n"))
        #expect(file.entries.count == 5_000)
        #expect(file.entries.first?.key == "KEY_0")
        #expect(file.entries.first?.value == "15000")
        #expect(file.entries.last?.key == "KEY_4999")
        #expect(file["KEY_1234"] == "16234")
        #expect(EnvironmentFile(values: [("A", "1"), ("B", "2"), ("A", "3")]).entries.map(\.value) == ["3", "2"])
    }

    @Test(arguments: [
        ("NO_EQUALS_SIGN", 1, "expected KEY=value"),
        ("A=1\n1BAD=x", 2, "not a valid key"),
        ("A=1\n\nB=\"open", 3, "never closed"),
        ("C='x' trailing", 1, "after the closing quote"),
        ("=value", 1, "not a valid key"),
    ])
    func badLinesNameFileAndLine(text: String, line: Int, reason: String) {
        #expect {
            _ = try EnvironmentFile.parse(text, path: "config/env")
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .invalidEnvironment && error.message.hasPrefix("config/env:\(line):")
                && error.message.contains(reason)
        }
    }

    /// A line without `=` may be the second line of a pasted key or a token: it is never quoted.
    @Test(arguments: ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCsecretsecret", "API_SECRET abcdef0123456789", "sk_live_51HsecretValue"])
    func aLineWithoutEqualsIsNotQuoted(line: String) {
        #expect {
            _ = try EnvironmentFile.parse("PRIVATE_KEY=-----BEGIN\n\(line)", path: ".env")
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            let secret = line.split(separator: " ").last.map(String.init) ?? line
            return error.message.hasPrefix(".env:2: expected KEY=value") && !error.message.contains(secret)
                && !error.message.contains(String(secret.prefix(12)))
        }
    }

    @Test func missingFileNamesThePathAndTheFlag() {
        #expect {
            _ = try EnvironmentFile.load(path: "/nonexistent/environment")
        } throws: { error in
            guard let error = error as? FunctionsError else { return false }
            return error.code == .unreadableFile && error.message.contains("/nonexistent/environment")
                && error.message.contains("--env-file")
        }
    }

    @Test func shippedEnvironmentHasPlaceholdersOfTheRightShape() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try EnvironmentFile.load(path: root.appendingPathComponent("environment").path)
        for (key, prefix) in [("ACCOUNT_SID", "AC"), ("API_KEY", "SK"), ("SYNC_SERVICE_SID", "IS")] {
            let value = try #require(file[key])
            #expect(value.hasPrefix(prefix))
            #expect(value.count == 34)
            #expect(value.dropFirst(2).allSatisfy { $0.isHexDigit })
        }
        #expect(file["API_SECRET"]?.isEmpty == false)
        #expect(file["AUTH_TOKEN"]?.isEmpty == false)
    }
}
