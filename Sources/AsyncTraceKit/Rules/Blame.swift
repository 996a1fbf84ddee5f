extension Facts {
    /// A finding about the task an event concerns, blamed on the line that created the task and the test
    /// that was running then; the event's own site and test stand in when the task was never recorded.
    func taskFinding(_ rule: RuleDescription, event: Event, message: (String) -> String) -> Finding {
        let task = event.taskID.flatMap { tasks[$0] }
        let object = taskObject(event)
        return finding(rule, event: event, siteID: task?.siteID ?? event.siteID,
                       testID: task?.testID ?? event.testID, object: object,
                       message: message(object.map { "task \($0)" } ?? "a task"))
    }

    /// A finding blamed on where `event` happened (or on `siteID`): that site and the event's test, unless
    /// another test is known to have made the object.
    func eventFinding(_ rule: RuleDescription, event: Event, siteID: Int64? = nil, testID: Int64? = nil,
                      object: String?, message: String) -> Finding {
        finding(rule, event: event, siteID: siteID ?? event.siteID, testID: testID ?? event.testID, object: object,
                message: message)
    }

    /// "<latest name> (<coroutine qualname>)", or whichever of the two is known.
    func taskObject(_ event: Event) -> String? {
        let namedInEvent = event.kind == .taskPendingAtClose || event.kind == .taskDestroyedPending
        return event.taskID.flatMap { taskObject($0, named: namedInEvent ? event.detail : nil) }
    }

    /// The same for task `id`, with the name an event gave it when the trace has no other.
    func taskObject(_ id: Int64, named eventName: String? = nil) -> String? {
        let task = tasks[id]
        let name = histories[id]?.latestName ?? task?.name ?? eventName
        switch (name, task?.coroQualname) {
        case let (name?, qualname?): return "\(name) (\(qualname))"
        case let (name, qualname): return name ?? qualname
        }
    }

    /// "file:line" of a site's blamed frame, for messages that point at a second place (where cancel() was
    /// called).
    func location(_ siteID: Int64?) -> String? {
        guard let frame = blamedFrame(siteID) else { return nil }
        return frame.line.map { "\(frame.file):\($0)" } ?? frame.file
    }

    /// The first cancel() the program made of a task (see `isProgramCancel`), else its first of any kind.
    func decisiveCancel(_ taskID: Int64) -> Event? {
        guard let cancels = histories[taskID]?.cancelRequests else { return nil }
        return cancels.first(where: isProgramCancel) ?? cancels.first
    }

    private func finding(_ rule: RuleDescription, event: Event, siteID: Int64?, testID: Int64?, object: String?,
                         message: String) -> Finding {
        let site = siteID.flatMap { sites[$0] }
        let frame = blamedFrame(siteID)
        let task = event.taskID.flatMap { tasks[$0] }
        let threadID = event.threadID ?? task?.threadID
        return Finding(
            rule: rule.id, severity: rule.severity, message: message,
            file: frame?.file, line: frame?.line, function: frame?.function,
            object: object, test: outermostTest(testID).flatMap { tests[$0]?.nodeid },
            pid: (event.processID ?? task?.processID).flatMap { processes[$0]?.pid },
            loop: event.loopID ?? task?.loopID, thread: threadID.flatMap { threads[$0]?.name },
            task: event.taskID, timestampNs: event.ts,
            stack: site?.stack?.split(whereSeparator: \.isNewline).map(String.init) ?? [],
            related: related(to: event, blamedTest: testID))
    }

    /// Two loops made on the same line (a helper that calls asyncio.run(), say) told apart: the first program
    /// frame of the first site's stack, from the innermost out, where the two stacks differ; nil when the lines
    /// differ anyway or the stacks are the same.
    func frameTellingApart(_ siteID: Int64?, from otherID: Int64?) -> Frame? {
        guard let siteID, let otherID, siteID != otherID, let mine = blamedFrame(siteID),
              let theirs = blamedFrame(otherID), mine.file == theirs.file, mine.line == theirs.line,
              let a = sites[siteID]?.frames, let b = sites[otherID]?.frames else { return nil }
        let shared = zip(a, b).prefix { $0 == $1 }.count
        return a.dropFirst(shared).first { ownership.isProgram($0.file) }
    }

    /// "Lock", "Event", ... from a cross-loop error's text ("<asyncio.locks.Lock object at ...> is bound to a
    /// different event loop"), "Future" from "got Future <Future pending> attached to a different loop";
    /// "primitive" when it does not say.
    func primitiveName(_ text: String?) -> String {
        for name in ["Semaphore", "Condition", "Barrier", "Queue", "Event", "Lock", "Future"]
        where text?.contains(name) == true {
            return name
        }
        return "primitive"
    }

    /// The places of an event's story that the trace holds, in the order they happened. `blamedTest` is the
    /// test the finding names: a later test in which the collector noticed the object is named as related.
    func related(to event: Event, blamedTest: Int64? = nil) -> [RelatedLocation] {
        var related: [RelatedLocation] = []
        func add(_ role: String, site siteID: Int64?, task: Int64? = nil, loop: Int64? = nil, thread: Int64? = nil,
                 test: Int64? = nil) {
            let frame = blamedFrame(siteID)
            guard frame != nil || thread != nil || test != nil else { return }
            related.append(RelatedLocation(role: role, file: frame?.file, line: frame?.line, function: frame?.function,
                                           task: task, loop: loop, thread: thread.flatMap { threads[$0]?.name },
                                           test: test.flatMap { tests[$0]?.nodeid }))
        }
        func loopCreated(_ id: Int64?, _ role: String, apartFrom other: Int64? = nil) {
            guard let id, let loop = loops[id] else { return }
            if let frame = frameTellingApart(loop.siteID, from: other.flatMap { loops[$0]?.siteID }) {
                related.append(RelatedLocation(role: role + " (by way of)", file: frame.file, line: frame.line,
                                               function: frame.function, loop: id))
            }
            add(role, site: loop.siteID, loop: id, thread: loop.siteID == nil ? loop.threadID : nil)
        }
        /// A place named with the test running then, when the collector noticed it during another test.
        func collectedElsewhere(_ role: String, site: Int64? = nil) {
            add(role, site: site, test: event.testID == blamedTest ? nil : event.testID)
        }
        switch event.kind {
        case .taskPendingAtClose, .taskPendingAtExit, .taskDestroyedPending, .taskCancelSwallowed,
             .exceptionNeverRetrieved, .taskAliveAtScopeEnd:
            guard let taskID = event.taskID, let task = tasks[taskID] else { break }
            add("task created", site: task.siteID, task: taskID, loop: task.loopID, test: task.testID)
            add("scheduled as a task", site: task.siteID.flatMap { scheduledSites[$0] }, task: taskID)
            if let cancel = decisiveCancel(taskID) {
                let by = cancel.refID.flatMap { taskObject($0) }
                let after = event.kind == .exceptionNeverRetrieved
                    && event.arg == Event.Unreported.clearedByCancel.rawValue ? " after it had failed" : ""
                add("cancel() called" + (by.map { " by task \($0)" } ?? "") + after, site: cancel.siteID,
                    task: cancel.refID, test: cancel.testID)
            }
            switch event.kind {
            case .exceptionNeverRetrieved:
                add("raised \(event.detail ?? "the exception")", site: event.siteID, task: taskID)
                collectedElsewhere("reported")
            case .taskCancelSwallowed:
                if event.arg == Event.swallowedByExcept, let site = event.siteID.flatMap({ sites[$0] }) {
                    add("swallowed by this except", site: event.siteID, task: taskID)
                    if let thrown = site.frames.dropFirst().first {
                        related.append(RelatedLocation(role: "CancelledError thrown", file: thrown.file,
                                                       line: thrown.line, function: thrown.function, task: taskID))
                    }
                } else {  // the await it was thrown at, inside the try whose except swallowed it
                    add("CancelledError thrown", site: event.siteID, task: taskID)
                }
            case .taskDestroyedPending:
                add("left waiting", site: event.siteID, task: taskID)
                collectedElsewhere("garbage-collected while running", site: event.refID)
            default:
                // What it waited on, when a snapshot of its scope's end or its loop's close says so and only
                // another task could have provided it (stalled-await leaves the task to this finding).
                if let wait = waitAtTheEnd(of: taskID, event: event), wait.kind?.isInternal == true {
                    let snapshot = snapshots[wait.snapshotID]
                    let waited = wait.sinceNs.flatMap { since in snapshot?.ts.map { $0.saturatingMinus(since) } }
                        .map { " \(TaskTable.duration($0))" } ?? ""
                    add("left waiting\(waited) for \(waitsFor(wait, named: fullName))",
                        site: wait.siteID ?? event.siteID, task: taskID)
                    if let made = primitiveMade(wait) { related.append(made) }
                } else {
                    add("left waiting", site: event.siteID, task: taskID)
                }
            }
            let leftAtClose = event.kind == .taskPendingAtClose
                || (event.kind == .taskDestroyedPending && event.arg == Event.LoopState.closed.rawValue)
            if leftAtClose, let loopID = task.loopID, let loop = loops[loopID] {
                add("loop closed", site: loop.closedSiteID, loop: loopID)
            }
        case .crossLoopAwait:
            loopCreated(event.loopID, "the loop that used it created", apartFrom: event.refID)
            loopCreated(event.refID, "the loop it belongs to created", apartFrom: event.loopID)
            if let made = event.arg.flatMap({ blamedFrame($0) }) {  // the primitive that belongs to the other loop
                related.append(RelatedLocation(role: "\(primitiveName(event.detail)) created", file: made.file,
                                               line: made.line, function: made.function, loop: event.refID))
            }
        case .crossThreadCall:
            add("called", site: event.siteID, loop: event.loopID, thread: event.threadID)
            if let loopID = event.loopID, let loop = loops[loopID] {
                add("loop created", site: loop.siteID, loop: loopID)
                add("loop runs", site: nil, loop: loopID, thread: loop.runThreadID)
            }
        case .coroutineNeverAwaited:
            add("coroutine created", site: event.siteID, test: blamedTest)
            add("async def", site: event.refID)
            // Its test_id is the test that made it, when the recorder knows: the test running when the
            // collector noticed it is the one whose time holds the event.
            let collectedIn = testRunning(at: event.ts, in: event.processID) ?? event.testID
            add("garbage-collected", site: nil, test: collectedIn == blamedTest ? nil : collectedIn)
        case .closedLoopCall, .transportLeftOpen:
            if event.kind == .closedLoopCall { add("called", site: event.siteID) }
            if let loopID = event.loopID, let loop = loops[loopID] {
                add("loop closed", site: loop.closedSiteID, loop: loopID)
            }
            if event.kind == .closedLoopCall { add("the transport or server created", site: event.refID) }
        case .asyncgenFinalized:
            add("first iterated", site: event.siteID)
            add(event.arg == 1 ? "closed by shutdown_asyncgens() while running" : "finalized while running",
                site: event.refID, test: event.testID)
        case .loopBlocked:
            if let taskID = event.taskID, let task = tasks[taskID] {
                add("task created", site: task.siteID, task: taskID, loop: task.loopID, test: task.testID)
            }
            // Where it was stuck, then each caller out to the task's coroutine or the callback.
            for (index, frame) in (event.siteID.flatMap { sites[$0] }?.frames ?? []).enumerated() {
                related.append(RelatedLocation(role: index == 0 ? "stuck" : "caller", file: frame.file,
                                               line: frame.line, function: frame.function))
            }
        default:
            break
        }
        return related
    }
}
