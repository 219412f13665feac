import Testing
import TwilioWire

struct JSONBodyTests {
    @Test("a value's bytes are its compact JSON, and bytes have no value")
    func valueAndBytes() {
        let value: JSONValue = ["sid": "ET1", "revision": 2, "data": ["a": [true, nil]]]
        let held = JSONBody.json(value)
        #expect(held.value == value)
        #expect(held.bytes == value.jsonBytes)
        #expect(String(decoding: held.bytes, as: UTF8.self) == #"{"sid":"ET1","revision":2,"data":{"a":[true,null]}}"#)

        let raw = JSONBody.bytes(Array("not json".utf8))
        #expect(raw.value == nil)
        #expect(raw.bytes == Array("not json".utf8))
    }
}
