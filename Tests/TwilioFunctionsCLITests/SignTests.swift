import ArgumentParser
import Testing
import TwilioAccessToken
@testable import TwilioFunctionsCLI

@Suite(.shippedCommandLine)
struct SignTests {
    @Test func formRequestIsSignedAndCurlSendsIt() {
        let signed = SignedRequest(url: "http://127.0.0.1:3000/voice", parameters: [("From", "+1 500"), ("To", "x'y")], json: nil, authToken: "12345")
        let expected = RequestValidator(authToken: "12345").signature(url: "http://127.0.0.1:3000/voice", parameters: [("From", "+1 500"), ("To", "x'y")])
        #expect(signed.signature == expected)
        #expect(signed.curl == #"curl -X POST 'http://127.0.0.1:3000/voice' -H 'X-Twilio-Signature: "# + expected + #"' --data-urlencode 'From=+1 500' --data-urlencode 'To=x'\''y'"#)
        #expect(signed.text.hasPrefix("X-Twilio-Signature: \(expected)\n"))
    }

    @Test func vectorSignatureIsReproduced() {
        let signed = SignedRequest(
            url: "https://mycompany.com/myapp.php?foo=1&bar=2",
            parameters: [("CallSid", "CA1234567890ABCDE"), ("Caller", "+14158675309"), ("Digits", "1234"), ("From", "+14158675309"), ("To", "+18005551212")],
            json: nil,
            authToken: "12345"
        )
        #expect(signed.signature == "RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    }

    @Test func jsonRequestAddsBodySHA256AndSignsTheURL() {
        let body = #"{"property": "value", "boolean": true}"#
        let signed = SignedRequest(url: "https://mycompany.com/myapp.php?foo=1&bar=2", parameters: [], json: body, authToken: "12345")
        #expect(signed.url == "https://mycompany.com/myapp.php?foo=1&bar=2&bodySHA256=0a1ff7634d9ab3b95db5c9a2dfe9416e41502b283a80c7cf19632632f96e6620")
        #expect(signed.signature == "a9nBmqA0ju/hNViExpshrM61xv4=")
        #expect(signed.curl.contains("-H 'Content-Type: application/json' --data-raw '{\"property\": \"value\", \"boolean\": true}'"))
    }

    @Test func getWithoutParametersIsAPlainCurl() {
        let signed = SignedRequest(url: "http://127.0.0.1:3000/voice?x=1", parameters: [], json: nil, authToken: "t0k3n")
        #expect(signed.curl.hasPrefix("curl 'http://127.0.0.1:3000/voice?x=1' -H"))
    }

    @Test(arguments: [
        ["/voice"],
        ["http://127.0.0.1/voice", "-d", "novalue"],
        ["http://127.0.0.1/voice", "-d", "a=1", "--json", "{}"],
    ])
    func badArgumentsAreRefused(arguments: [String]) {
        #expect(throws: (any Error).self) {
            _ = try TwilioFunctionsCommand.Sign.parse(arguments)
        }
    }
}
