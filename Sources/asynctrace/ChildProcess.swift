import Foundation

/// Runs a command the way a shell would, without a shell: argv as given, the program found on PATH,
/// stdin/stdout/stderr shared, and Ctrl-C left to the child.
enum ChildProcess {
    /// Finds `name` as a shell would: a name with a slash is a path, any other is looked up on `path`.
    static func resolve(_ name: String, path: String?) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        for directory in (path ?? "/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false) {
            let candidate = (directory.isEmpty ? "." : String(directory)) + "/" + name
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return nil
    }

    /// Runs `executable` to completion and returns what it wrote on stdout; its stderr is this process's.
    /// Throws unless it exits 0.
    static func output(_ executable: String, arguments: [String], environment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(arguments.dropFirst())
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        let pipe = Pipe()
        process.standardOutput = pipe
        do {
            try process.run()
        } catch {
            throw RecordError.cannotRun("cannot run \(executable): \(error.localizedDescription)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw RecordError.cannotRun("\(arguments.joined(separator: " ")) failed with status \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The child `run` waits for, to which a SIGTERM sent to this process is passed on (0: none).
    nonisolated(unsafe) private static var running: pid_t = 0

    /// Runs `executable` and waits for it. Returns its exit status, or 128 + N if signal N killed it.
    static func run(_ executable: String, arguments: [String], environment: [String: String]) throws -> Int32 {
        // Like system(3): while the child runs, a Ctrl-C or Ctrl-\ at the terminal is the child's to handle,
        // and this process stays alive to report on the trace. The child gets default handlers back.
        let previousInterrupt = signal(SIGINT, SIG_IGN)
        let previousQuit = signal(SIGQUIT, SIG_IGN)
        // A SIGTERM for this process alone (a CI job's timeout, a container's stop) is the child's too: the
        // recorder in it notes what its tasks waited on before it ends, and no orphan is left running.
        let previousTerminate = signal(SIGTERM) { _ in
            if ChildProcess.running > 0 { kill(ChildProcess.running, SIGTERM) }
        }
        var terminate = sigset_t(), previousMask = sigset_t()
        sigemptyset(&terminate)
        sigaddset(&terminate, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &terminate, &previousMask)
        defer {
            running = 0
            signal(SIGINT, previousInterrupt)
            signal(SIGQUIT, previousQuit)
            signal(SIGTERM, previousTerminate)
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t(), mask = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGQUIT)
        sigaddset(&defaults, SIGTERM)
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid = pid_t()
        let result = posix_spawn(&pid, executable, nil, &attributes, argv, envp)
        guard result == 0 else {
            throw RecordError.cannotRun("cannot run \(executable): \(String(cString: strerror(result)))")
        }
        running = pid
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else {
                throw RecordError.cannotRun("lost track of \(executable): \(String(cString: strerror(errno)))")
            }
        }
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
    }
}
