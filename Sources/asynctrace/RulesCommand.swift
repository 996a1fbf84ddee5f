import ArgumentParser
import AsyncTraceKit
import Foundation

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the rules asynctrace checks.",
        discussion: """
            --format markdown prints one page per rule in the layout of docs/rules/<id>.md, with the example \
            programs from examples/ when this binary runs from a source checkout. With --output-dir it writes \
            the pages there instead: 'asynctrace rules --format markdown --output-dir docs/rules' regenerates \
            the documentation.
            """)

    @Option(help: "Output format.")
    var format = RulesFormat.text

    @Option(help: ArgumentHelp("Write one <id>.md page per rule into this directory (markdown only).",
                               valueName: "directory"))
    var outputDir: String?

    func validate() throws {
        if outputDir != nil, format != .markdown { throw ValidationError("--output-dir needs --format markdown") }
    }

    func run() throws {
        switch format {
        case .text:
            print(RuleCatalogue.text(Rule.all), terminator: "")
        case .markdown:
            let examples = SourceCheckout.examples
            let source = { (name: String) in
                examples.flatMap { try? String(contentsOfFile: "\($0)/\(name)", encoding: .utf8) }
            }
            let pages = Rule.all.map { ($0.id, RuleCatalogue.markdown($0, exampleSource: source)) }
            guard let outputDir else {
                print(pages.map(\.1).joined(separator: "\n"), terminator: "")
                return
            }
            for (id, page) in pages {
                let file = try OutputFile.create("\(outputDir)/\(id).md")
                try file.write(page)
                try file.flush()
            }
        }
    }
}
