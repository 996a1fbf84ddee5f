"""Which `except` clause catches a CancelledError thrown into a suspended await, read from the code's
exception table (3.11+), without running anything: where a task swallowed its cancel.

The exception is followed the way the interpreter would: from the handler that covers the await, through
`with` cleanups and `finally` blocks (assumed to re-raise) and except clauses whose types do not match, to
the first clause that matches CancelledError and does not raise it again; then into the awaiting frame, if
the exception leaves this one. sys.monitoring's EXCEPTION_HANDLED would see it happen, but only with a
Python callback at the start of every except clause of the program (see Tasks.swallowed_at)."""

import sys

# Names that, loaded before CHECK_EXC_MATCH, make a clause catch CancelledError (a BaseException since 3.8).
_CATCHING = {"CancelledError", "BaseException"}
_RAISING = {"RAISE_VARARGS", "RERAISE"}
_LOADS = {"LOAD_GLOBAL", "LOAD_NAME", "LOAD_ATTR", "LOAD_DEREF", "LOAD_FAST", "LOAD_FAST_BORROW"}
_instructions_by_code = {}


def catching_clause(chain):
    """(file, line, function) of the except clause that catches a CancelledError thrown at the innermost of
    `chain` ((code, lasti) pairs, innermost first), or None when no clause does or the version has no
    exception table."""
    if sys.version_info < (3, 11):
        return None
    for code, lasti in chain:
        line = _clause_in(code, lasti)
        if line is not None:
            return code.co_filename, line, code.co_name
    return None


def _clause_in(code, offset):
    """The line of the clause of `code` that catches what is raised at `offset` and keeps it, or None."""
    instructions, ordered, entries = _read(code)
    for _ in range(64):  # each step moves to an outer handler; a cycle would be a misreading
        entry = _covering(entries, offset)
        if entry is None:
            return None
        handler = instructions.get(entry.target)
        if handler is None:
            return None
        if handler.opname != "PUSH_EXC_INFO":  # CLEANUP_THROW and the like pass it on
            offset = handler.offset
            continue
        line, offset = _through_handler(instructions, ordered, handler.offset)
        if line is not None:
            return line
        if offset is None:
            return None
    return None


def _through_handler(instructions, ordered, start):
    """(line of the clause that keeps it, None) or (None, offset it is raised again at) from a handler."""
    index = ordered.index(start) + 1
    loaded = []
    while index < len(ordered):
        instruction = instructions[ordered[index]]
        name = instruction.opname
        if name == "WITH_EXCEPT_START" or name == "CHECK_EG_MATCH":
            return None, _next_raise(instructions, ordered, index)
        if name in _LOADS:
            loaded.append(instruction.argval)
        elif name == "CHECK_EXC_MATCH":
            if _CATCHING.intersection(map(str, loaded)):
                return _kept(instructions, ordered, index, _line(instruction))
            loaded = []
            jump = instructions[ordered[index + 1]]
            index = ordered.index(jump.argval) if "JUMP" in jump.opname else index + 2
            continue
        elif name in _RAISING:  # no clause matched (or a finally ended): it goes on outward
            return None, instruction.offset
        elif name in ("POP_TOP", "STORE_FAST", "STORE_NAME") and not loaded:
            return _kept(instructions, ordered, index, _line(instruction))  # a bare `except:`
        elif name not in ("NOP", "NOT_TAKEN", "CACHE", "COPY", "PUSH_NULL", "BUILD_TUPLE",
                              "LOAD_CONST", "SWAP"):
            return None, _next_raise(instructions, ordered, index)  # a finally body: it re-raises
        index += 1
    return None, None


def _kept(instructions, ordered, index, line):
    """A matching clause keeps the cancel unless its body raises it again (a bare `raise`); raising another
    exception instead ends the cancel there too."""
    for offset in ordered[index + 1:]:
        instruction = instructions[offset]
        if instruction.opname == "RERAISE" or instruction.opname == "RAISE_VARARGS" and instruction.arg == 0:
            return None, offset
        if instruction.opname in ("POP_EXCEPT", "RAISE_VARARGS"):
            return line, None
    return line, None


def _next_raise(instructions, ordered, index):
    for offset in ordered[index:]:
        if instructions[offset].opname == "RERAISE":
            return offset
    return None


def _covering(entries, offset):
    for entry in entries:
        if entry.start <= offset < entry.end:
            return entry
    return None


def _line(instruction):
    positions = instruction.positions
    return positions.lineno if positions is not None and positions.lineno else None


def _read(code):
    read = _instructions_by_code.get(code)
    if read is None:
        import dis  # asyncio imports it (through inspect); a program without asyncio never gets here

        bytecode = dis.Bytecode(code)
        instructions = {i.offset: i for i in bytecode}
        read = _instructions_by_code[code] = (instructions, sorted(instructions), bytecode.exception_entries)
        if len(_instructions_by_code) > 1000:
            _instructions_by_code.pop(next(iter(_instructions_by_code)))
    return read
