import Testing

@testable import TwilioEmulator

/// The TwiML reader: the XML Functions answer with, read without libxml2.
@Suite("Reading TwiML answers")
struct TwiMLReaderTests {
    private func read(_ text: String) throws(TwiMLProblem) -> TwiMLNode {
        try TwiMLReader.response(Array(text.utf8))
    }

    @Test("a declaration, comments, attributes in either quotes, self-closing and nested elements")
    func wellFormed() throws {
        let response = try read(
            """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8"?>
            <!-- a reply -->
            <Response>
              <Message to='+15558675310' from="+15017122661">
                <Body>Hi &amp; bye &lt;3 &#233;&#x1F600; &quot;q&quot; &apos;a&apos;</Body>
                <Media>https://example.com/a.png?x=1&amp;y=2</Media>
              </Message>
              <Gather input="dtmf" numDigits="1"/>
              <Say><![CDATA[1 < 2 & more]]></Say>
            </Response>
            <!-- after -->

            """
        )
        #expect(response.name == "Response")
        #expect(response.children.map(\.name) == ["Message", "Gather", "Say"])
        let message = try #require(response.child("Message"))
        #expect(message.attributes == ["to": "+15558675310", "from": "+15017122661"])
        #expect(message.child("Body")?.text == #"Hi & bye <3 é😀 "q" 'a'"#)
        #expect(message.child("Media")?.text == "https://example.com/a.png?x=1&y=2")
        #expect(response.child("Gather")?.attributes == ["input": "dtmf", "numDigits": "1"])
        #expect(response.child("Gather")?.children == [])
        #expect(response.child("Say")?.text == "1 < 2 & more")
    }

    @Test("text directly inside an element is trimmed; a child's text stays its own")
    func text() throws {
        let response = try read("<Response>\n  <Message>  Hello\n world  </Message>\n</Response>")
        #expect(response.text == "")
        #expect(response.child("Message")?.text == "Hello\n world")
        #expect(try read("<Response/>").children.isEmpty)
    }

    @Test(
        "what is not well-formed is refused with its line and reason",
        arguments: [
            ("<Response><Message>", "line 1: <Message> is not closed"),
            ("<Response>\n<Message></Say>\n</Response>", "line 2: </Say> closes <Message>"),
            ("<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Response>&x;</Response>", "DOCTYPE is not allowed"),
            ("hello <Response/>", "text before the root element"),
            ("<Response/><Response/>", "content after the root element"),
            ("<Response><Say voice=alice>x</Say></Response>", "an attribute value must be quoted"),
            ("<Response><Say a=\"1\" a=\"2\">x</Say></Response>", "attribute a appears twice"),
            ("<Response>&nbsp;</Response>", "unknown entity &nbsp;"),
            ("<Response>&#0;</Response>", "unknown entity &#0;"),
            ("<Response>a & b</Response>", "& that starts no entity"),
            ("<Response><Say a=\"<\">x</Say></Response>", "< inside an attribute value"),
            ("<Response><!-- open</Response>", "a comment is not closed"),
            ("<Response><1a/></Response>", "expected a name"),
            ("", "no root element"),
            ("<!-- only a comment -->", "no root element"),
        ]
    )
    func malformed(text: String, reason: String) {
        #expect {
            _ = try read(text)
        } throws: { error in
            let message = (error as? TwiMLProblem)?.reason ?? ""
            return message.hasPrefix("the answer is not well-formed XML (line ") && message.contains(reason)
        }
    }

    @Test("a root other than <Response> is named")
    func otherRoot() {
        #expect {
            _ = try read("<Reply><Message>x</Message></Reply>")
        } throws: { error in
            (error as? TwiMLProblem)?.reason == "the root element is <Reply>, not <Response>"
        }
    }

    @Test("nesting deeper than 200 elements is refused, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "<a>", count: 5_000) + String(repeating: "</a>", count: 5_000)
        #expect {
            _ = try read("<Response>\(deep)</Response>")
        } throws: { error in
            (error as? TwiMLProblem)?.reason.contains("nested more than 200 deep") == true
        }
    }
}
