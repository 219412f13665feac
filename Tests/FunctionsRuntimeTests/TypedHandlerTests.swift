import FunctionsRuntime
import Testing
import TwilioWire

struct TypedHandlerTests {
    struct Order: Decodable, Sendable {
        struct Address: Decodable, Sendable { var city: String }
        var item: String
        var quantity: Int
        var gift: Bool?
        var tags: [String]?
        var address: Address?
    }

    struct Receipt: Encodable, Sendable {
        var item: String
        var total: Double
    }

    func invoke(_ parameters: JSONObject) async throws -> FunctionResult {
        var registry = FunctionRegistry()
        registry.register("order", event: Order.self) { _, order in
            Receipt(item: order.item + (order.gift == true ? " (gift)" : "") + (order.address.map { " to \($0.city)" } ?? ""), total: Double(order.quantity) * 2.5)
        }
        let handler = try #require(registry["order"])
        return await FunctionInvoker().invoke(handler, context: FunctionContext(environment: EnvironmentFile(values: [])), event: FunctionEvent(parameters: parameters)).result
    }

    @Test func textParametersDecodeIntoTypedFields() async throws {
        let result = try await invoke(["item": "tea", "quantity": "2", "gift": "true"])
        #expect(result.status == 200)
        #expect(result.header("Content-Type") == "application/json; charset=utf-8")
        #expect(try JSONParser.parse(result.body) == ["item": "tea (gift)", "total": 5])
    }

    @Test func jsonParametersKeepTheirTypesAndNesting() async throws {
        let result = try await invoke(["item": "cake", "quantity": 1, "tags": ["a", "b"], "address": ["city": "Tokyo"]])
        #expect(try JSONParser.parse(result.body)["item"] == "cake to Tokyo")
    }

    static let badParameters: [(JSONObject, String)] = [
        (["quantity": "2"], "The parameter \"item\" is missing."),
        (["item": "tea", "quantity": "two"], "The parameter \"quantity\" is invalid: expected a whole number, found \"two\"."),
        (["item": "tea", "quantity": 1, "gift": "maybe"], "The parameter \"gift\" is invalid: expected true or false, found \"maybe\"."),
        (["item": "tea", "quantity": 1, "address": ["town": "x"]], "The parameter \"address.city\" is missing."),
        (["item": "tea", "quantity": 1, "tags": ["a", 3]], "The parameter \"tags[1]\" is invalid: expected text, found a number."),
        (["item": ["x"], "quantity": 1], "The parameter \"item\" is invalid: expected text, found an array."),
    ]

    @Test(arguments: badParameters)
    func undecodableParametersAre400NamingTheField(parameters: JSONObject, message: String) async throws {
        let result = try await invoke(parameters)
        #expect(result.status == 400)
        #expect(result.bodyText == message)
        #expect(result.header("Content-Type") == "text/plain; charset=utf-8")
    }
}
