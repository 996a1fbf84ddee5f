import ArgumentParser
import Foundation

// Exit codes: 0 no findings, 1 findings, 2 usage or input error (argument-parser's 64 included), 3 no
// findings in an incomplete trace (analyze); `record` passes its command's code through. Errors are one line on stderr, never a stack dump or a usage screen.
do {
    var command = try AsyncTrace.parseAsRoot()
    try command.run()
    TraceWarnings.write()
} catch let code as ExitCode {
    TraceWarnings.write()
    exit(code.rawValue)
} catch where AsyncTrace.exitCode(for: error) == .success {
    AsyncTrace.exit(withError: error)  // --help, --version, or no subcommand: prints and exits 0
} catch {
    printError(AsyncTrace.message(for: error))
    exit(2)
}
