import ArgumentParser
import AsyncTraceKit

struct TasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "List the tasks of a trace, with how each ended and where it was created.",
        discussion: """
            One line per task in creation order: its id, state, lifetime, name and coroutine, creation site \
            and test. A pending task never finished; its lifetime runs to what ended it (its loop closing, its \
            garbage collection, its process exiting). csv and json add the parent, who cancelled it and from \
            where. A trace recorded at the lean level lists only the tasks it stored: how many it counted \
            instead is said on stderr.

            Example: asynctrace tasks trace.db --test 'tests/test_api.py::test_login' --state pending
            """)

    @OptionGroup var trace: TraceOptions

    @Option(help: ArgumentHelp("Only tasks created while this pytest test ran (its node id).", valueName: "id"))
    var test: String?

    @Option(help: ArgumentHelp("Only tasks in this state; repeat for more.", valueName: "state"))
    var state: [Facts.Task.State] = []

    @Option(help: "Output format.")
    var format = TasksFormat.text

    @OptionGroup var output: OutputOptions
    @OptionGroup var root: RootOptions

    func run() throws {
        let progress = Progress()
        defer { progress.finish() }
        let (opened, facts) = try trace.readAll(showing: progress)
        if let test, !facts.tests.values.contains(where: { $0.nodeid == test }) {
            throw ValidationError("no test '\(test)' in \(opened.name) (asynctrace summary counts its tests)")
        }
        let rows = facts.taskRows(test: test, states: Set(state), root: root.projectRoot)
        progress.finish()
        let file = try output.open(reading: opened)
        switch format {
        case .text: try TaskTable.text(rows, to: file)
        case .csv: try TaskTable.csv(rows, to: file)
        case .json: try TaskTable.json(rows, to: file)
        }
        try file.flush()
        let counted = facts.countedTasks(test: test, states: Set(state))
        if counted > 0 {
            printNote("and \(counted) task\(counted == 1 ? "" : "s") that ended with a result, counted, not stored "
                      + "(recorded at the lean level): not listed")
        }
    }
}
