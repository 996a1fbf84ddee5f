/// asyncio documentation pages the rule pages link to.
extension RuleDescription.Reference {
    static let coroutines = Self(title: "Coroutines",
                                 url: "https://docs.python.org/3/library/asyncio-task.html#coroutines")
    static let neverAwaited = Self(
        title: "Developing with asyncio: detect never-awaited coroutines",
        url: "https://docs.python.org/3/library/asyncio-dev.html#detect-never-awaited-coroutines")
    static let neverRetrieved = Self(
        title: "Developing with asyncio: detect never-retrieved exceptions",
        url: "https://docs.python.org/3/library/asyncio-dev.html#detect-never-retrieved-exceptions")
    static let createTask = Self(title: "asyncio.create_task (keep a reference to the result)",
                                 url: "https://docs.python.org/3/library/asyncio-task.html#asyncio.create_task")
    static let taskGroups = Self(title: "Task groups",
                                 url: "https://docs.python.org/3/library/asyncio-task.html#task-groups")
    static let cancellation = Self(title: "Task cancellation",
                                   url: "https://docs.python.org/3/library/asyncio-task.html#task-cancellation")
    static let taskCancel = Self(title: "Task.cancel",
                                 url: "https://docs.python.org/3/library/asyncio-task.html#asyncio.Task.cancel")
    static let loopClose = Self(title: "loop.close",
                                url: "https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.close")
    static let run = Self(title: "asyncio.run",
                          url: "https://docs.python.org/3/library/asyncio-runner.html#asyncio.run")
    static let threads = Self(
        title: "Developing with asyncio: concurrency and multithreading",
        url: "https://docs.python.org/3/library/asyncio-dev.html#concurrency-and-multithreading")
    static let callSoonThreadsafe = Self(
        title: "loop.call_soon_threadsafe",
        url: "https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe")
    static let runCoroutineThreadsafe = Self(
        title: "asyncio.run_coroutine_threadsafe",
        url: "https://docs.python.org/3/library/asyncio-task.html#asyncio.run_coroutine_threadsafe")
    static let wrapFuture = Self(title: "asyncio.wrap_future",
                                 url: "https://docs.python.org/3/library/asyncio-future.html#asyncio.wrap_future")
    static let slowCallbacks = Self(
        title: "Developing with asyncio: debug mode (slow callbacks)",
        url: "https://docs.python.org/3/library/asyncio-dev.html#debug-mode")
    static let runInExecutor = Self(
        title: "loop.run_in_executor",
        url: "https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.run_in_executor")
    static let toThread = Self(title: "asyncio.to_thread",
                               url: "https://docs.python.org/3/library/asyncio-task.html#asyncio.to_thread")
    static let aclosing = Self(title: "contextlib.aclosing",
                               url: "https://docs.python.org/3/library/contextlib.html#contextlib.aclosing")
    static let shutdownAsyncgens = Self(
        title: "loop.shutdown_asyncgens",
        url: "https://docs.python.org/3/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens")
    static let streams = Self(title: "Streams: StreamWriter.close and wait_closed",
                              url: "https://docs.python.org/3/library/asyncio-stream.html#asyncio.StreamWriter.close")
    static let transports = Self(title: "Transports and protocols",
                                 url: "https://docs.python.org/3/library/asyncio-protocol.html")
    static let synchronization = Self(title: "Synchronization primitives (Lock, Event, Condition, Semaphore, Barrier)",
                                      url: "https://docs.python.org/3/library/asyncio-sync.html")
    static let locks = Self(title: "asyncio.Lock",
                            url: "https://docs.python.org/3/library/asyncio-sync.html#asyncio.Lock")
    static let timeouts = Self(title: "Timeouts (asyncio.timeout, asyncio.wait_for)",
                               url: "https://docs.python.org/3/library/asyncio-task.html#timeouts")
    static let queues = Self(title: "Queues", url: "https://docs.python.org/3/library/asyncio-queue.html")
    static let goDeadlock = Self(
        title: "trio issue 1085: detect deadlocks when no task can run (Go: all goroutines are asleep)",
        url: "https://github.com/python-trio/trio/issues/1085")
}
