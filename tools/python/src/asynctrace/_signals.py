"""The program's signal handlers inside the recorder.

Python runs a signal handler between any two bytecodes of the main thread, ours included, so the exception
it raises (a SIGALRM timeout, SystemExit from a SIGTERM handler) can surface inside any hook. A hook
contains only its own errors; the program's must reach the program exactly as untraced:
belongs_to_program() tells them apart. (Blocking signals while a hook runs would not help: the kernel
hands a process's signal to another thread, whose C-level handler only flags it for the main thread.)
"""

_CO_VARARGS = 0x04  # inspect.CO_VARARGS, without importing inspect at start-up


def belongs_to_program(error):
    """Whether an exception raised inside a hook is the program's: one its signal handler raised, or one
    that is no Exception (KeyboardInterrupt, SystemExit)."""
    if not isinstance(error, Exception):
        return True
    handlers = None
    tb = error.__traceback__
    while tb is not None:
        frame = tb.tb_frame
        if _called_as_signal_handler(frame):
            return True
        if handlers is None:
            handlers = _signal_handler_codes()
        if frame.f_code in handlers:
            return True
        tb = tb.tb_next
    return False


def _called_as_signal_handler(frame):
    """Python calls a signal handler with (signum, the frame it interrupted), that is the handler frame's
    own f_back; they are its last positional arguments (a bound method or functools.partial puts others
    first), or in its *args."""
    caller = frame.f_back
    if caller is None:
        return False
    code = frame.f_code
    try:
        local = frame.f_locals
        args = [local[name] for name in code.co_varnames[:code.co_argcount]]
        if code.co_flags & _CO_VARARGS:
            args += local[code.co_varnames[code.co_argcount + code.co_kwonlyargcount]]
    except (KeyError, TypeError):
        return False
    return [i for i, value in enumerate(args) if i and value is caller and isinstance(args[i - 1], int)] != []


def _signal_handler_codes():
    """The code of every Python signal handler installed now: a handler that reassigned its arguments
    is still known by its code."""
    import functools
    import signal

    codes = set()
    for signum in signal.valid_signals():
        try:
            handler = signal.getsignal(signum)
        except (OSError, ValueError):
            continue
        while isinstance(handler, functools.partial):
            handler = handler.func
        handler = getattr(handler, "__func__", handler)
        code = getattr(handler, "__code__", None) or getattr(getattr(type(handler), "__call__", None), "__code__", None)
        if code is not None:
            codes.add(code)
    return codes
