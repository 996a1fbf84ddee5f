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

    /// A finding blamed on where `event` happened: its own site and test.
    func eventFinding(_ rule: RuleDescription, event: Event, object: String?, message: String) -> Finding {
        finding(rule, event: event, siteID: event.siteID, testID: event.testID, object: object, message: message)
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

    /// "file:line" of a site, for messages that point at a second place (where cancel() was called).
    func location(_ siteID: Int64?) -> String? {
        guard let site = siteID.flatMap({ sites[$0] }), let file = site.file else { return nil }
        guard let line = site.line, line > 0 else { return file }
        return "\(file):\(line)"
    }

    private func finding(_ rule: RuleDescription, event: Event, siteID: Int64?, testID: Int64?, object: String?,
                         message: String) -> Finding {
        let site = siteID.flatMap { sites[$0] }
        let task = event.taskID.flatMap { tasks[$0] }
        let threadID = event.threadID ?? task?.threadID
        return Finding(
            rule: rule.id, severity: rule.severity, message: message,
            file: site?.file, line: site?.line.flatMap { $0 > 0 ? $0 : nil }, function: site?.function,
            object: object, test: testID.flatMap { tests[$0]?.nodeid },
            pid: (event.processID ?? task?.processID).flatMap { processes[$0]?.pid },
            loop: event.loopID ?? task?.loopID, thread: threadID.flatMap { threads[$0]?.name },
            task: event.taskID, timestampNs: event.ts,
            stack: site?.stack?.split(whereSeparator: \.isNewline).map(String.init) ?? [],
            related: related(to: event))
    }

    /// The places of an event's story that the trace holds, in the order they happened.
    func related(to event: Event) -> [RelatedLocation] {
        var related: [RelatedLocation] = []
        func add(_ role: String, site siteID: Int64?, task: Int64? = nil, loop: Int64? = nil, thread: Int64? = nil,
                 test: Int64? = nil) {
            let site = siteID.flatMap { sites[$0] }
            guard site?.file != nil || thread != nil else { return }
            related.append(RelatedLocation(role: role, file: site?.file, line: site?.line.flatMap { $0 > 0 ? $0 : nil },
                                           function: site?.function, task: task, loop: loop,
                                           thread: thread.flatMap { threads[$0]?.name },
                                           test: test.flatMap { tests[$0]?.nodeid }))
        }
        func loopCreated(_ id: Int64?, _ role: String) {
            guard let id, let loop = loops[id] else { return }
            add(role, site: loop.siteID, loop: id, thread: loop.siteID == nil ? loop.threadID : nil)
        }
        switch event.kind {
        case .taskPendingAtClose, .taskPendingAtExit, .taskDestroyedPending, .taskCancelSwallowed,
             .exceptionNeverRetrieved:
            guard let taskID = event.taskID, let task = tasks[taskID] else { break }
            add("task created", site: task.siteID, task: taskID, loop: task.loopID, test: task.testID)
            if let cancel = histories[taskID]?.cancelRequest {
                let by = cancel.refID.flatMap { taskObject($0) }
                add("cancel() called" + (by.map { " by task \($0)" } ?? ""), site: cancel.siteID, task: cancel.refID,
                    test: cancel.testID)
            }
            if event.kind == .exceptionNeverRetrieved {
                add("raised \(event.detail ?? "the exception")", site: event.siteID, task: taskID)
            } else {
                add("left waiting", site: event.siteID, task: taskID)
            }
            let leftAtClose = event.kind == .taskPendingAtClose
                || (event.kind == .taskDestroyedPending && event.arg == Event.LoopState.closed.rawValue)
            if leftAtClose, let loopID = task.loopID, let loop = loops[loopID] {
                add("loop closed", site: loop.closedSiteID, loop: loopID)
            }
        case .crossLoopAwait:
            loopCreated(event.loopID, "the loop that used it created")
            loopCreated(event.refID, "the loop it belongs to created")
        case .crossThreadCall:
            add("called", site: event.siteID, loop: event.loopID, thread: event.threadID)
            if let loopID = event.loopID, let loop = loops[loopID] {
                add("loop created", site: loop.siteID, loop: loopID)
                add("loop runs", site: nil, loop: loopID, thread: loop.runThreadID)
            }
        case .coroutineNeverAwaited:
            add("coroutine created", site: event.siteID, test: event.testID)
        default:
            break
        }
        return related
    }
}
