import FunctionsJS
import Testing

@testable import FunctionsPort

/// The translator writes `x["name"]` for a JavaScript property whose name is also a Swift member
/// of `JSValue`, since `x.name` would reach the Swift member instead of the property.
@Suite struct TranslatorRuntimeNamesTests {
    @Test func everyReservedMemberOfTheRuntimeIsReadBySubscript() {
        let missing = JSValue.reservedMemberNames.subtracting(SwiftText.valueMembers)
        #expect(missing.isEmpty, "SwiftText.valueMembers lacks \(missing.sorted())")
    }
}
