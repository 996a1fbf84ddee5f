/// A callback or task step that kept the event loop from running anything else.
public enum BlockingCallback: RuleDefinition {
    public static let description = RuleDescription(
        id: "blocking-callback",
        title: "Event loop blocked",
        severity: .warning,
        summary: """
            Reports a callback or task step that held its event loop for longer than a threshold (100 ms by \
            default: ASYNCTRACE_SLOW_MS when recording, `analyze --slow-ms` to report only longer ones), and \
            blames the program line the loop was stuck at (a time.sleep, a blocking request, a CPU loop), with \
            the stack and the task that ran it.
            """,
        why: """
            An event loop runs one callback at a time: while a coroutine makes a synchronous call, every other \
            task, timer and connection of that loop waits. Timeouts fire late, heartbeats are missed, servers \
            stop answering, and the cause is nowhere in any traceback. asyncio's debug mode logs the handle \
            that was slow only afterwards, and only with debug mode on; it does not say where it was stuck.
            """,
        fix: """
            Run blocking work in a thread (await asyncio.to_thread(f) or loop.run_in_executor(None, f)), use \
            the library's async API, or split CPU-bound loops with await asyncio.sleep(0).
            """,
        triggeringExample: "blocking_callback.py",
        nonTriggeringExample: "blocking_callback_fixed.py",
        references: [.slowCallbacks, .toThread, .runInExecutor])

    public static let evidence: Set<Event.Kind> = [.loopBlocked]

    public static func findings(in facts: Facts) -> [Finding] {
        facts.incidents[.loopBlocked, default: []].compactMap { event in
            let held = event.arg ?? 0
            guard held >= facts.slowCallbackMs else { return nil }
            let running = event.detail.map { " while running \($0)" } ?? ""
            let thread = event.threadID.flatMap { facts.threads[$0]?.name }.map { " on thread '\($0)'" } ?? ""
            var finding = facts.eventFinding(description, event: event, object: event.detail, message:
                "the event loop\(thread) was blocked for at least \(held) ms\(running); nothing else ran meanwhile")
            finding.task = event.taskID
            return finding
        }
    }
}
