/// A coroutine object that was created and dropped: its body never ran.
public enum LeakedCoroutine: RuleDefinition {
    public static let description = RuleDescription(
        id: "leaked-coroutine",
        title: "Coroutine never awaited",
        severity: .error,
        summary: """
            Reports a coroutine object that was created but never awaited nor scheduled as a task, and blames \
            the line that created it; when library code created it (a scheduler calling an async callback), the \
            program's `async def`. The story names both, and names the test during which it was made, even when \
            the garbage collector only noticed it during a later test.
            """,
        why: """
            Calling an `async def` function only creates a coroutine object; its body runs when the coroutine \
            is awaited or wrapped in a task. A coroutine that is dropped never runs, so the work it stands for \
            silently does not happen: the call looks right and raises nothing. CPython prints a \
            RuntimeWarning only when the object is garbage-collected, far from the line at fault, and not at \
            all when warnings are filtered or the coroutine is still alive when the process exits.
            """,
        fix: "Await the coroutine, or schedule it with asyncio.create_task() and keep a reference to the task.",
        triggeringExample: "leaked_coroutine.py",
        nonTriggeringExample: "leaked_coroutine_fixed.py",
        references: [.coroutines, .neverAwaited, .createTask])

    public static let evidence: Set<Event.Kind> = [.coroutineNeverAwaited]

    /// Blamed on the line that created the coroutine; when library code created it (a test runner calling
    /// an `async def test_*`, a scheduler calling a callback), on the coroutine's `async def`. Named as the
    /// test during which it was made (the recorder's test_id), even if the collector noticed it later.
    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.coroutineNeverAwaited, default: []].map { event in
            let name = event.detail.map { "coroutine \($0)" } ?? "a coroutine"
            let when = event.arg == 1 ? " (still unawaited when the process exited)" : ""
            let byLibrary = facts.blamedFrame(event.siteID).map { !facts.ownership.isProgram($0.file) } ?? true
            let onDefinition = byLibrary && facts.blamedFrame(event.refID).map { facts.ownership.isProgram($0.file) } == true
            let by = onDefinition ? " by library code" : ""
            return facts.eventFinding(description, event: event, siteID: onDefinition ? event.refID : event.siteID,
                                      object: event.detail,
                                      message: "\(name) was created\(by) but never awaited\(when)")
        }
    }
}
