"""Where in user code something happened: the first frame that is not asyncio's or asynctrace's."""

import os
import sys

# asyncio's own frames and ours are never blamed; found without importing asyncio.
_INTERNAL_DIRS = (
    os.path.join(os.path.dirname(os.path.abspath(os.__file__)), "asyncio") + os.sep,
    os.path.dirname(os.path.abspath(__file__)) + os.sep,
)
# Library code (the standard library, installed packages: anyio, pytest-asyncio, ...) is blamed only
# when no frame of the program itself is on the stack.
_LIBRARY_DIRS = tuple(sorted({
    os.path.dirname(os.path.abspath(os.__file__)) + os.sep,
    *(os.path.abspath(p) + os.sep for p in sys.path if p.endswith(("site-packages", "dist-packages"))),
}))
_OWN_DIR = _INTERNAL_DIRS[1]
_internal_cache = {}
_library_cache = {}
STACK_DEPTH = 6


def is_internal(filename):
    internal = _internal_cache.get(filename)
    if internal is None:
        internal = _internal_cache[filename] = filename.startswith(_INTERNAL_DIRS) or filename.startswith("<frozen")
    return internal


def first_user_frame(frames):
    """Index of the first (file, line, function) outside asyncio and asynctrace, or 0.

    Our code never leaves a generator unfinished (next() or any() over a generator expression): closing it
    throws GeneratorExit, which our PY_THROW hook hears, and a signal handler's exception raised there is
    lost as "Exception ignored" instead of reaching the program
    (test_the_recorder_never_leaves_a_generator_of_its_own_unfinished)."""
    for i, (file, _, _) in enumerate(frames):
        if not is_internal(file):
            return i
    return 0


def is_library(filename):
    library = _library_cache.get(filename)
    if library is None:
        library = _library_cache[filename] = filename.startswith(_LIBRARY_DIRS)
    return library


class Sites:
    """Interns sites per process: one row per distinct (file, line, function, stack)."""

    def __init__(self, writer):
        self.writer = writer
        self.by_key = {}
        self.scheduled = set()  # task sites whose task_sites row is written

    def reset(self):
        self.by_key.clear()
        self.scheduled.clear()

    def intern(self, frames, blamed=0):
        """frames: tuple of (file, line, function), innermost first, all of them the site's stack; the
        one at index `blamed` is the site's file, line and function."""
        key = (frames, blamed) if blamed else frames
        site_id = self.by_key.get(key)
        if site_id is None:
            writer = self.writer
            site_id = self.by_key[key] = writer.new_id()
            file, line, function = frames[blamed]
            stack = "\n".join(f"{f}:{n}:{fn}" for f, n, fn in frames)
            writer.rows["sites"].extend((site_id, file, line, function, stack))
        return site_id

    def from_origin(self, origin):
        """A coroutine's cr_origin, trimmed so that it starts at user code; None if all internal."""
        for i, (file, _, _) in enumerate(origin):
            if not is_internal(file):
                return self.intern(origin[i:] if i else origin)
        return None

    def from_stack(self):
        """The calling user code, skipping asyncio and asynctrace frames."""
        frames = _user_frames(sys._getframe(1))
        return self.intern(frames) if frames else None

    def caller(self, frame):
        """A call made from `frame` (a cancel(), say), for the analyzer to judge whose it was: the stack
        starts at that frame even when it is asyncio's or a library's, and names the program's nearest
        frame as the site's line (the first frame outside asyncio and asynctrace if there is none)."""
        frames, blamed = [], None
        while frame is not None and frame.f_code.co_filename.startswith(_OWN_DIR):
            frame = frame.f_back  # our Task's cancel(), when C asyncio passes a cancel on to an awaited task
        while frame is not None and len(frames) < STACK_DEPTH + 4:
            code = frame.f_code
            file = code.co_filename
            if _is_loop_driver(code):
                break
            if file.startswith(_OWN_DIR):
                frame = frame.f_back
                continue
            if blamed is None and not is_internal(file) and not is_library(file):
                blamed = len(frames)
            frames.append((file, frame.f_lineno or 0, code.co_name))
            if blamed is not None and len(frames) >= max(STACK_DEPTH, blamed + 2):
                break
            frame = frame.f_back
        if not frames:
            return None
        if blamed is None:
            blamed = first_user_frame(frames)
        return self.intern(tuple(frames), blamed)

    def definition(self, coro):
        """The `async def` a coroutine runs, as a site of one frame: its first line."""
        code = getattr(coro, "cr_code", None)
        return None if code is None else self.intern((_first_line(code),))

    def raised_at(self, exc):
        """Where an exception was raised: the innermost program frame of its traceback (the innermost
        frame outside asyncio and asynctrace if the program has none there), with the frames around it."""
        entries = []
        tb = getattr(exc, "__traceback__", None)
        while tb is not None:
            code = tb.tb_frame.f_code
            entries.append((code.co_filename, tb.tb_lineno, code.co_name))
            tb = tb.tb_next
        entries.reverse()  # innermost first
        outside = [i for i, (file, _, _) in enumerate(entries) if not is_internal(file)]
        program = [i for i in outside if not is_library(entries[i][0])]
        first = (program or outside or [None])[0]
        return None if first is None else self.intern(tuple(entries[first:first + STACK_DEPTH]))

    def for_task(self, origin, coro=None):
        """A task's site: the program line that created its coroutine, then the stack that made the
        task. When library code (a test framework, a plugin's runner) made both the coroutine and the
        task, the program's own `async def` of the coroutine, with the library's frames as its stack; when
        the program called the library that did, the program's line, under the library's creating frame.
        The program line that made it a task, when that is another line than the coroutine's, is written
        once for the site (task_sites): per origin, like the site, so at no cost per task.
        Returns (site id, whether every task whose coroutine has this origin shares the site)."""
        frames = _user_frames(sys._getframe(1))
        program_frame = frames and not is_library(frames[0][0])
        if origin and not is_internal(origin[0][0]) and not (is_library(origin[0][0]) and program_frame):
            first = origin[0]
            if not program_frame and is_library(first[0]):
                definition = _definition(coro)
                if definition is not None:
                    return self.intern((definition, first) + frames[:STACK_DEPTH - 2]), False
            scheduled = self.intern(frames) if program_frame and frames[0] != first else None
            if frames and frames[0][0] == first[0] and frames[0][2] == first[2]:
                frames = frames[1:]  # the same frame, now at the create_task line
            site = self.intern((first,) + frames[:STACK_DEPTH - 1])
            if scheduled is not None and site not in self.scheduled:
                self.scheduled.add(site)
                self.writer.rows["task_sites"].extend((site, scheduled))
            return site, True
        if origin and program_frame and is_library(origin[0][0]):
            # A library made the coroutine, called from the program: blamed on the program's line, with the
            # library's frame first in the stack, so that the analyzer knows whose task it is.
            return self.intern((origin[0],) + frames[:STACK_DEPTH - 1], 1), False
        return (self.intern(frames) if frames else None), False


def _definition(coro):
    """(file, first line, name) of the program's `async def` a coroutine runs, or None (library code)."""
    code = getattr(coro, "cr_code", None)
    if code is None or is_library(code.co_filename) or is_internal(code.co_filename):
        return None
    return _first_line(code)


def _first_line(code):
    return code.co_filename, code.co_firstlineno, getattr(code, "co_qualname", code.co_name)


def _is_loop_driver(code):
    """asyncio.Handle._run: the event loop running a callback; the frames past it drive the loop."""
    return code.co_name == "_run" and code.co_filename.endswith("events.py") and is_internal(code.co_filename)


def _user_frames(frame, depth=STACK_DEPTH):
    """The stack from the nearest program frame out, `depth` frames at most, or from the first frame outside
    asyncio and asynctrace when library code has no program frame near it: one reached only through the event
    loop running a callback (asyncio.Handle._run) is the loop's driver, not the code that did this."""
    while frame is not None and is_internal(frame.f_code.co_filename):
        frame = frame.f_back
    program = frame
    while program is not None and (is_library(program.f_code.co_filename)
                                   or is_internal(program.f_code.co_filename)):
        if _is_loop_driver(program.f_code):
            program = None
            break
        program = program.f_back
    if program is not None:
        frame = program
    frames = []
    while frame is not None and len(frames) < depth:
        code = frame.f_code
        if not code.co_filename.startswith(_OWN_DIR):  # our wrappers (unittest's TestCase.run) are no one's site
            frames.append((code.co_filename, frame.f_lineno or 0, code.co_name))
        frame = frame.f_back
    return tuple(frames)


def line_at(code, offset):
    """The line of the instruction at byte `offset` of `code` (a frame's f_lasti), as that frame's f_lineno
    said then; 0 when it has none. Reading f_lineno walks the line table: this is done only when needed."""
    if hasattr(code, "co_lines"):  # 3.10+
        for start, end, line in code.co_lines():
            if start <= offset < end:
                return line or 0
        return 0
    import dis

    line = None
    for start, starts_line in dis.findlinestarts(code):
        if start > offset:
            break
        line = starts_line
    return line or 0
