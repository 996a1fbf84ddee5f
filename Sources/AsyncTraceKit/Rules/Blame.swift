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
        let task = event.taskID.flatMap { tasks[$0] }
        let namedInEvent = event.kind == .taskPendingAtClose || event.kind == .taskDestroyedPending
        let name = event.taskID.flatMap { histories[$0]?.latestName } ?? task?.name
            ?? (namedInEvent ? event.detail : nil)
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
            stack: site?.stack?.split(whereSeparator: \.isNewline).map(String.init) ?? [])
    }
}
