/// A callback or task step that kept the event loop from running anything else.
public enum BlockingCallback: RuleDefinition {
    public static let description = RuleDescription(
        id: "blocking-callback",
        title: "Event loop blocked",
        severity: .warning,
        summary: """
            Reports a callback or task step that held its event loop for longer than a threshold (100 ms by \
            default: ASYNCTRACE_SLOW_MS when recording, `analyze --slow-ms` to report only longer ones). It \
            blames the line of the task's coroutine or of the callback that called into the slow code, and says \
            where the loop was seen stuck (a time.sleep, a blocking request, a CPU loop), with the stack and the \
            task that ran it. Where it was seen stuck is a sample taken once the threshold had passed, so it can \
            differ from run to run; the blamed line does not, and a baseline holds.
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
            // The stack runs from where it was stuck out to the frame the loop called: the program's outermost
            // frame is the step that called into the slow code.
            let stuck = facts.blamedFrame(event.siteID)
            let step = event.siteID.flatMap { facts.sites[$0] }?.frames.last { facts.ownership.isProgram($0.file) }
            let seen = stuck.flatMap { stuck in
                stuck == step ? nil : ", stuck in \(stuck.function) at \(stuck.file)" + (stuck.line.map { ":\($0)" } ?? "")
            } ?? ""
            var finding = facts.eventFinding(description, event: event, object: event.detail, message:
                "the event loop\(thread) was blocked for at least \(held) ms\(running)\(seen); nothing else ran meanwhile")
            if let step { (finding.file, finding.line, finding.function) = (step.file, step.line, step.function) }
            finding.task = event.taskID
            return finding
        }
    }
}
