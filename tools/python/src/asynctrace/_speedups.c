/* asynctrace._speedups: the recorder's per-task hooks in C (the optional accelerator).
 *
 * Each hook here is the C twin of a method of _tasks.Tasks (task_created, register_task, task_done and
 * callback_scheduled), or of create_future as the recorder recompiles it with _hangs.Hangs.future_made.
 * Only their common case is done in C (a task of our own Task class on an asyncio loop, a task that ends
 * with a result or cancelled, a future asked for by the program); everything else is handed, whole, to the
 * Python method of the same name, which stays the one definition of what is recorded. The recorder's tests
 * run on both paths (ASYNCTRACE_PURE_PYTHON=1 selects the Python one), and the rows written are the same.
 *
 * Built against the limited API of CPython 3.9, so that one binary (_speedups.abi3.so) serves every CPython
 * from 3.9 on. The recorder's rules hold here too: no strong reference to a task, coroutine or loop is
 * kept, task.exception() is never called, and an error in a hook goes to Recorder.contain(): the hook's own
 * stops recording, the program's (a signal handler's exception, KeyboardInterrupt) is raised on, untouched.
 */
#define Py_LIMITED_API 0x03090000
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <frameobject.h> /* PyFrame_GetCode: limited API */
#include <time.h>

/* Arguments as a C array, without the tuple METH_VARARGS makes for each call: the flag is in the stable ABI
 * from 3.10 on, and CPython 3.9 already calls such methods the same way. */
#ifndef METH_FASTCALL
#define METH_FASTCALL 0x0080
#endif

#define FLUSH_AGE_NS 200000000LL /* _writer.FLUSH_AGE_NS */
#define SHARED_SITES_MAX 100000  /* _tasks.Tasks.register_task: the origin -> site cache's bound */
#define OWN_CALLBACK 1           /* _tasks.OWN_CALLBACK ... */
#define OWN_CALLBACK_STAYS 2
#define OUTCOME_RESULT 0         /* _events.OUTCOME_... */
#define OUTCOME_CANCELLED 2
#define TASK_ROW 13              /* _writer.TASK_ROW ... */
#define LOOP 2
#define PARENT 3
#define SITE 6
#define TEST 8
#define ENDED 10
#define OUTCOME 11
#define PENDING (-1)
#define COUNTED (-2)

typedef struct {
    PyObject_HEAD
    PyObject *recorder, *recorder_dict;
    /* Bound by bind(), again whenever the recorder resets its tables or the writer reopens (fork). */
    PyObject *writer, *writer_dict, *tasks, *site_by_origin, *cancel_recorded, *task_box, *end_rows, *ids,
        *process_id;
    long long id_base;
    int lean; /* the writer's level: lean counts uninteresting tasks instead of writing their rows */
    Py_ssize_t text_limit; /* the writer's TEXT_LIMIT: a longer task name is the Python hook's to cut */
    /* Bound by bind_asyncio(), once asyncio's hooks are installed. */
    PyObject *task_class, *hidden_classes, *base_loop_class, *patched_call_soon, *base_add_done_callback,
        *done_kwargs, *current_task, *done_callback, *inline_handle, *own_callback, *own_callback_stays,
        *task_types;
    /* Our Task class's get_name, cancelled and done, called unbound on a task of exactly that class: a
     * method looked up on the task would cost a bound method each call. */
    PyObject *get_name, *cancelled, *done;
    /* Bound by bind_futures(): is_internal(filename), module name -> whether it is internal, and what
     * create_future makes futures of. */
    PyObject *is_internal, *internal_modules, *futures_namespace, *base_future, *future_class, *traced_class,
        *no_args, *kwargs;
    int kwargs_busy; /* kwargs is being passed to a Future class (whose __init__ may ask for another) */
    /* The futures made (see note_future), in order; dead ones are swept when the table is full. */
    struct made_future { PyObject *ref, *code; long lasti; } *made;
    Py_ssize_t made_count, made_capacity;
    long long tasks_made; /* task rows buffered by task_made, which the writer checks the trace for at its end */
} Hooks;

static PyObject *no_id, *no_text, *pending, *counted; /* a row's absent id and text (written NULL), outcomes */
static PyObject *s_enabled, *s_tls, *s_thread_id, *s_current_test, *s_get_name, *s_cr_origin, *s_qualname,
    *s_name, *s_asynctrace_id, *s_last_flush_ns, *s_flush, *s_sites, *s_for_task,
    *s_loop_id, *s_cancelled, *s_exception, *s_done, *s_call_soon, *s_callback_attr, *s_register_task,
    *s_task_created, *s_ended, *s_dunder_name, *s_dunder_file, *s_Future, *s_loop, *s_f_lasti;

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); /* time.monotonic_ns()'s clock on Linux and the BSDs */
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* task.<name>(): through the unbound method when the task is exactly of our Task class. */
static PyObject *call_method(Hooks *self, PyObject *task, PyObject *unbound, PyObject *name) {
    if (unbound != NULL && (PyObject *)Py_TYPE(task) == self->task_class)
        return PyObject_CallFunctionObjArgs(unbound, task, NULL);
    return PyObject_CallMethodObjArgs(task, name, NULL);
}

/* Recorder.contain(where, error) for the error set now, which says whose it is. The recorder's own is
 * cleared (recording stopped): 0. The program's (its signal handler's, KeyboardInterrupt, SystemExit) stays
 * set, for the hook to return NULL with: -1. No hook clears an error any other way (but an AttributeError
 * where a fallback is meant). */
static int fail(Hooks *self, const char *where) {
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyErr_NormalizeException(&type, &value, &traceback);
    if (traceback != NULL) PyException_SetTraceback(value, traceback); /* contain() reads the frames */
    PyObject *result = PyObject_CallMethod(self->recorder, "contain", "sO", where, value ? value : Py_None);
    int contained = result == NULL ? -1 : PyObject_IsTrue(result);
    Py_XDECREF(result);
    if (contained > 0) {
        Py_XDECREF(type);
        Py_XDECREF(value);
        Py_XDECREF(traceback);
        return 0;
    }
    if (contained < 0) {
        /* contain() itself raised (the program's signal handler again): that one goes on, with ours as its
         * context, as Python chains an exception raised while another is handled. */
        PyObject *new_type, *new_value, *new_traceback;
        PyErr_Fetch(&new_type, &new_value, &new_traceback);
        PyErr_NormalizeException(&new_type, &new_value, &new_traceback);
        if (new_value != NULL && value != NULL && new_value != value)
            PyException_SetContext(new_value, value); /* steals the reference to value */
        else
            Py_XDECREF(value);
        Py_XDECREF(type);
        Py_XDECREF(traceback);
        PyErr_Restore(new_type, new_value, new_traceback);
        return -1;
    }
    PyErr_Restore(type, value, traceback);
    return -1;
}

/* obj.name, a plain attribute of the instance: read from its __dict__ (`dict`), without the attribute lookup
 * through its class; the lookup only when it is not there. A new reference, or NULL with an error set. */
static PyObject *instance_attr(PyObject *obj, PyObject *dict, PyObject *name) {
    PyObject *value = PyDict_GetItemWithError(dict, name); /* borrowed */
    if (value != NULL) {
        Py_INCREF(value);
        return value;
    }
    return PyErr_Occurred() ? NULL : PyObject_GetAttr(obj, name);
}

/* recorder.enabled: 1 or 0; -1 with an error set. */
static int enabled(Hooks *self) {
    PyObject *value = instance_attr(self->recorder, self->recorder_dict, s_enabled);
    if (value == NULL) return -1;
    int on = PyObject_IsTrue(value);
    Py_DECREF(value);
    return on;
}

/* getattr(obj, name, None) as a new reference; NULL only on an error other than AttributeError. */
static PyObject *attr_or_none(PyObject *obj, PyObject *name) {
    PyObject *value = PyObject_GetAttr(obj, name);
    if (value == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return NULL;
        PyErr_Clear();
        Py_RETURN_NONE;
    }
    return value;
}

/* Flush when the oldest buffered row is older than the writer's flush age (as the Python hooks do). */
static int maybe_flush(Hooks *self, long long now) {
    PyObject *last = instance_attr(self->writer, self->writer_dict, s_last_flush_ns);
    if (last == NULL) return -1;
    long long last_ns = PyLong_AsLongLong(last);
    Py_DECREF(last);
    if (last_ns == -1 && PyErr_Occurred()) return -1;
    if (now - last_ns <= FLUSH_AGE_NS) return 0;
    PyObject *result = PyObject_CallMethodObjArgs(self->writer, s_flush, NULL);
    if (result == NULL) return -1;
    Py_DECREF(result);
    return 0;
}

static int append_all(PyObject *list, PyObject **values, int count) {
    for (int i = 0; i < count; i++) {
        if (PyList_Append(list, values[i]) < 0) return -1;
    }
    return 0;
}

/* -- task rows: _writer.TraceWriter's task buffer ----------------------------------------------------- */

/* The writer's current task buffer: (rows, unwritten: task id -> index of its row, kept), borrowed. A flush
 * swaps it for a new one between two bytecodes, never inside these hooks. */
static int task_buffer(Hooks *self, PyObject **rows, PyObject **unwritten, PyObject **kept) {
    PyObject *buffer = PyList_GetItem(self->task_box, 0);
    if (buffer == NULL) return -1;
    if (PyTuple_Check(buffer) && PyTuple_Size(buffer) == 3) {
        *rows = PyTuple_GetItem(buffer, 0);
        *unwritten = PyTuple_GetItem(buffer, 1);
        *kept = PyTuple_GetItem(buffer, 2);
        if (PyList_Check(*rows) && PyDict_Check(*unwritten) && PySet_Check(*kept)) return 0;
    }
    PyErr_SetString(PyExc_TypeError, "a task buffer is (list, dict, set)");
    return -1;
}

/* TraceWriter.task_made: a task's row, its end PENDING. */
static int task_made(Hooks *self, PyObject **row) {
    PyObject *rows, *unwritten, *kept;
    if (task_buffer(self, &rows, &unwritten, &kept) < 0) return -1;
    PyObject *index = PyLong_FromSsize_t(PyList_Size(rows));
    if (index == NULL) return -1;
    int set = PyDict_SetItem(unwritten, row[0], index);
    Py_DECREF(index);
    if (set < 0 || append_all(rows, row, TASK_ROW) < 0) return -1;
    self->tasks_made++;
    if (self->lean && row[PARENT] != no_id && PySet_Add(kept, row[PARENT]) < 0) return -1; /* it made a task */
    return 0;
}

static int set_item(PyObject *list, Py_ssize_t index, PyObject *value) {
    Py_INCREF(value);
    return PyList_SetItem(list, index, value); /* steals value, even on failure */
}

/* TraceWriter.task_ended, for an end with no exception: into the task's row while it is buffered (a lean
 * level's task that ended with a result and that nothing named is counted instead), else a task_ends row. */
static int task_ended(Hooks *self, PyObject *tid, PyObject *now, PyObject *outcome, int is_result) {
    PyObject *rows, *unwritten, *kept;
    if (task_buffer(self, &rows, &unwritten, &kept) < 0) return -1;
    PyObject *index = PyDict_GetItemWithError(unwritten, tid); /* borrowed */
    if (index != NULL) {
        Py_ssize_t at = PyLong_AsSsize_t(index);
        if (at == -1 && PyErr_Occurred()) return -1;
        if (PyDict_DelItem(unwritten, tid) < 0) return -1;
        int same = at >= 0 && at + TASK_ROW <= PyList_Size(rows)
                       ? PyObject_RichCompareBool(PyList_GetItem(rows, at), tid, Py_EQ)
                       : 0;
        if (same < 0) return -1;
        if (same) {
            int count = self->lean && is_result;
            if (count) {
                int named = PySet_Contains(kept, tid);
                if (named < 0) return -1;
                count = !named;
            }
            if (count) return set_item(rows, at + OUTCOME, counted);
            if (set_item(rows, at + ENDED, now) < 0 || set_item(rows, at + OUTCOME, outcome) < 0) return -1;
            return 0; /* the exception's slot is "" already */
        }
    } else if (PyErr_Occurred()) {
        return -1;
    }
    PyObject *row[4] = {tid, now, outcome, no_text};
    return append_all(self->end_rows, row, 4);
}

/* _writer._compact_tasks: (the rows not COUNTED, {(loop, site, test): how many were}). */
static PyObject *compact_tasks(PyObject *module, PyObject *rows) {
    if (!PyList_Check(rows)) {
        PyErr_SetString(PyExc_TypeError, "compact_tasks(list)");
        return NULL;
    }
    PyObject *written = PyList_New(0), *counts = PyDict_New();
    if (written == NULL || counts == NULL) goto failed;
    Py_ssize_t size = PyList_Size(rows);
    for (Py_ssize_t start = 0; start + TASK_ROW <= size; start += TASK_ROW) {
        PyObject *outcome = PyList_GetItem(rows, start + OUTCOME);
        int is_counted = outcome == counted ? 1 : PyObject_RichCompareBool(outcome, counted, Py_EQ);
        if (is_counted < 0) goto failed;
        if (!is_counted) {
            for (Py_ssize_t i = start; i < start + TASK_ROW; i++)
                if (PyList_Append(written, PyList_GetItem(rows, i)) < 0) goto failed;
            continue;
        }
        PyObject *key = PyTuple_Pack(3, PyList_GetItem(rows, start + LOOP), PyList_GetItem(rows, start + SITE),
                                     PyList_GetItem(rows, start + TEST));
        if (key == NULL) goto failed;
        PyObject *before = PyDict_GetItemWithError(counts, key); /* borrowed */
        long n = before ? PyLong_AsLong(before) : 0;
        PyObject *after = (n == -1 && PyErr_Occurred()) || (before == NULL && PyErr_Occurred())
                              ? NULL : PyLong_FromLong(n + 1);
        int set = after ? PyDict_SetItem(counts, key, after) : -1;
        Py_DECREF(key);
        Py_XDECREF(after);
        if (set < 0) goto failed;
    }
    PyObject *result = PyTuple_Pack(2, written, counts);
    Py_DECREF(written);
    Py_DECREF(counts);
    return result;
failed:
    Py_XDECREF(written);
    Py_XDECREF(counts);
    return NULL;
}

/* -- registration ---------------------------------------------------------------------------------- */

/* The loop's id when it is already known to this process (its _asynctrace_id, set by the Python loop_id()
 * in the loop's __dict__); else the Python loop_id(), which registers it. */
static PyObject *loop_id(Hooks *self, PyObject *loop) {
    PyObject *entry = PyObject_GetAttr(loop, s_asynctrace_id);
    if (entry != NULL) {
        if (PyTuple_Check(entry) && PyTuple_Size(entry) == 2) {
            int same = PyObject_RichCompareBool(PyTuple_GetItem(entry, 0), self->process_id, Py_EQ);
            if (same > 0) {
                PyObject *lid = PyTuple_GetItem(entry, 1);
                Py_INCREF(lid);
                Py_DECREF(entry);
                return lid;
            }
            if (same < 0) {
                Py_DECREF(entry);
                return NULL;
            }
        }
        Py_DECREF(entry);
    } else if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
        PyErr_Clear();
    } else {
        return NULL;
    }
    return PyObject_CallMethodObjArgs(self->recorder, s_loop_id, loop, NULL);
}

static PyObject *thread_id(Hooks *self) {
    PyObject *tls = instance_attr(self->recorder, self->recorder_dict, s_tls);
    if (tls == NULL) return NULL;
    PyObject *tid = PyObject_GetAttr(tls, s_thread_id);
    Py_DECREF(tls);
    if (tid != NULL) return tid;
    if (!PyErr_ExceptionMatches(PyExc_AttributeError)) return NULL;
    PyErr_Clear();
    return PyObject_CallMethodObjArgs(self->recorder, s_thread_id, NULL);
}

/* The task's site: shared by every task whose coroutine has this origin once the Python Sites.for_task()
 * said so. Called from the frame of create_task, as the Python hook is: Sites skips asyncio's frames. */
static PyObject *task_site(Hooks *self, PyObject *origin, PyObject *coro) {
    PyObject *site = PyDict_GetItemWithError(self->site_by_origin, origin);
    if (site != NULL) {
        Py_INCREF(site);
        return site;
    }
    if (PyErr_Occurred()) return NULL;
    PyObject *sites = PyObject_GetAttr(self->recorder, s_sites);
    if (sites == NULL) return NULL;
    PyObject *found = PyObject_CallMethodObjArgs(sites, s_for_task, origin, coro, NULL);
    Py_DECREF(sites);
    if (found == NULL) return NULL;
    if (!PyTuple_Check(found) || PyTuple_Size(found) != 2) {
        Py_DECREF(found);
        PyErr_SetString(PyExc_TypeError, "Sites.for_task() must return (site, shared)");
        return NULL;
    }
    site = PyTuple_GetItem(found, 0);
    Py_INCREF(site);
    int shared = PyObject_IsTrue(PyTuple_GetItem(found, 1));
    Py_DECREF(found);
    if (shared > 0 && PyDict_Size(self->site_by_origin) < SHARED_SITES_MAX &&
        PyDict_SetItem(self->site_by_origin, origin, site) < 0) {
        Py_DECREF(site);
        return NULL;
    }
    return site;
}

/* Tasks.register_task: the task's row; its id, or NULL with an error set. */
static PyObject *register_task(Hooks *self, PyObject *loop, PyObject *task, PyObject *coro) {
    if (coro == Py_None) /* the coroutine is to be asked of the task: the Python hook knows how, safely */
        return PyObject_CallMethodObjArgs(self->recorder, s_register_task, loop, task, NULL);
    PyObject *serial = NULL, *name = NULL, *origin = NULL, *site = NULL, *current = NULL, *parent = NULL,
             *thread = NULL, *lid = NULL, *qualname = NULL, *test = NULL, *now = NULL, *tid = NULL,
             *key = NULL, *result = NULL;
    name = call_method(self, task, self->get_name, s_get_name);
    if (name == NULL) { /* a task factory's own class: its _name, as the Python hook reads it */
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) goto done;
        PyErr_Clear();
        if ((name = attr_or_none(task, s_name)) == NULL) goto done;
    }
    if (PyUnicode_Check(name) && PyUnicode_GetLength(name) > self->text_limit) {
        Py_DECREF(name);
        return PyObject_CallMethodObjArgs(self->recorder, s_register_task, loop, task, coro, NULL);
    }
    serial = PyIter_Next(self->ids);
    if (serial == NULL) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_RuntimeError, "the writer's ids ran out");
        goto done;
    }
    long long n = PyLong_AsLongLong(serial);
    if (n == -1 && PyErr_Occurred()) goto done;
    if ((tid = PyLong_FromLongLong(self->id_base | n)) == NULL) goto done;
    if ((origin = attr_or_none(coro, s_cr_origin)) == NULL) goto done;
    if ((site = task_site(self, origin, coro)) == NULL) goto done;
    if ((current = PyObject_CallFunctionObjArgs(self->current_task, loop, NULL)) == NULL) goto done;
    if ((key = PyLong_FromVoidPtr(current)) == NULL) goto done;
    parent = PyDict_GetItemWithError(self->tasks, key);
    if (parent == NULL && PyErr_Occurred()) goto done;
    parent = parent ? parent : no_id;
    Py_INCREF(parent);
    Py_CLEAR(key);
    if ((thread = thread_id(self)) == NULL) goto done;
    if ((lid = loop_id(self, loop)) == NULL) goto done;
    qualname = PyObject_GetAttr(coro, s_qualname);
    if (qualname == NULL) {
        if (!PyErr_ExceptionMatches(PyExc_AttributeError)) goto done;
        PyErr_Clear();
        PyObject *type = PyObject_Type(coro);
        qualname = PyObject_GetAttr(type, s_name);
        Py_DECREF(type);
        if (qualname == NULL) goto done;
    }
    if ((test = instance_attr(self->recorder, self->recorder_dict, s_current_test)) == NULL) goto done;
    long long now_value = now_ns();
    if ((now = PyLong_FromLongLong(now_value)) == NULL) goto done;
    /* First: this task may end before the next flush, and its end then goes into its row. */
    if (maybe_flush(self, now_value) < 0) goto done;
    PyObject *row[TASK_ROW] = {tid, self->process_id, lid, parent, name, qualname, site == Py_None ? no_id : site,
                               thread, test == Py_None ? no_id : test, now, no_id, pending, no_text};
    if (task_made(self, row) < 0) goto done;
    if ((key = PyLong_FromVoidPtr(task)) == NULL) goto done;
    if (PyDict_SetItem(self->tasks, key, tid) < 0) goto done;
    result = tid;
    Py_INCREF(result);
done:
    Py_XDECREF(serial);
    Py_XDECREF(name);
    Py_XDECREF(origin);
    Py_XDECREF(site);
    Py_XDECREF(current);
    Py_XDECREF(parent);
    Py_XDECREF(thread);
    Py_XDECREF(lid);
    Py_XDECREF(qualname);
    Py_XDECREF(test);
    Py_XDECREF(now);
    Py_XDECREF(tid);
    Py_XDECREF(key);
    return result;
}

/* Fewer or more than `min`..`max` arguments: a TypeError, as PyArg_UnpackTuple would raise. */
static int wrong_count(const char *name, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max) {
    if (nargs >= min && nargs <= max) return 0;
    PyErr_Format(PyExc_TypeError, "%s expected %zd to %zd arguments, got %zd", name, min, max, nargs);
    return -1;
}

/* Tasks.task_created, for a task of our own Task class on an asyncio loop; any other goes to the Python
 * hook. Returns the task. */
static PyObject *Hooks_task_created(Hooks *self, PyObject *const *args, Py_ssize_t nargs) {
    if (wrong_count("task_created", nargs, 2, 3) < 0) return NULL;
    PyObject *loop = args[0], *task = args[1], *coro = nargs > 2 ? args[2] : Py_None;
    int on = enabled(self);
    if (on < 0) goto failed;
    if (!on) {
        Py_INCREF(task);
        return task;
    }
    if (self->task_class == NULL) /* bind_asyncio() not called yet: the Python hook knows no less */
        return PyObject_CallMethodObjArgs(self->recorder, s_task_created, loop, task, coro, NULL);
    PyObject *cls = PyObject_Type(task);
    int ours = cls == self->task_class;
    if (!ours) ours = PySet_Contains(self->hidden_classes, cls);
    Py_DECREF(cls);
    int base_loop = ours > 0 ? PyObject_IsInstance(loop, self->base_loop_class) : 0;
    if (ours < 0 || base_loop < 0) goto failed;
    if (!ours || !base_loop)
        return PyObject_CallMethodObjArgs(self->recorder, s_task_created, loop, task, coro, NULL);
    PyObject *tid = register_task(self, loop, task, coro);
    if (tid == NULL) goto failed;
    Py_DECREF(tid);
    /* Our done callback, which gives way to the program's first one when our call_soon sees that one. */
    PyObject *add_args = PyTuple_Pack(2, task, self->done_callback);
    if (add_args == NULL) goto failed;
    PyObject *added = PyObject_Call(self->base_add_done_callback, add_args, self->done_kwargs);
    Py_DECREF(add_args);
    if (added == NULL) goto failed;
    Py_DECREF(added);
    PyObject *loop_type = PyObject_Type(loop);
    PyObject *call_soon = PyObject_GetAttr(loop_type, s_call_soon);
    Py_DECREF(loop_type);
    if (call_soon == NULL) goto failed;
    PyObject *own = call_soon == self->patched_call_soon ? self->own_callback : self->own_callback_stays;
    Py_DECREF(call_soon);
    if (PyObject_SetAttr(task, s_callback_attr, own) < 0) goto failed;
    Py_INCREF(task);
    return task;
failed:
    if (fail(self, "task_created") < 0) return NULL;
    Py_INCREF(task);
    return task;
}

/* -- ends ---------------------------------------------------------------------------------------------- */

/* Tasks.task_done: a task that ended with a result, or cancelled with no cancel of ours to account for, is
 * written here; any other end (an exception, a cancel to check) goes to the Python hook's _task_ended. */
static PyObject *task_done(Hooks *self, PyObject *task, PyObject *callback) {
    int on = enabled(self);
    if (on < 0) goto failed;
    if (!on) goto inline_handle;
    PyObject *key = PyLong_FromVoidPtr(task);
    if (key == NULL) goto failed;
    PyObject *tid = PyDict_GetItemWithError(self->tasks, key);
    if (tid == NULL) {
        Py_DECREF(key);
        if (PyErr_Occurred()) goto failed;
        goto inline_handle;
    }
    Py_INCREF(tid);
    int deleted = PyDict_DelItem(self->tasks, key);
    Py_DECREF(key);
    if (deleted < 0) goto failed_tid;
    PyObject *cancelled = call_method(self, task, self->cancelled, s_cancelled);
    if (cancelled == NULL) goto failed_tid;
    int is_cancelled = PyObject_IsTrue(cancelled);
    Py_DECREF(cancelled);
    if (is_cancelled < 0) goto failed_tid;
    int simple = 1;
    if (!is_cancelled) {
        PyObject *exc = PyObject_GetAttr(task, s_exception);
        if (exc == NULL) goto failed_tid;
        simple = exc == Py_None;
        Py_DECREF(exc);
    }
    if (simple) { /* a cancel of this task was recorded: whether it was swallowed is the Python hook's to say */
        int recorded = PySet_Contains(self->cancel_recorded, tid);
        if (recorded < 0) goto failed_tid;
        simple = !recorded;
    }
    if (!simple) {
        PyObject *result = PyObject_CallMethodObjArgs(self->recorder, s_ended, task, callback, tid, NULL);
        Py_DECREF(tid);
        if (result == NULL) goto failed;
        Py_DECREF(result);
        goto inline_handle;
    }
    long long now_value = now_ns();
    PyObject *now = PyLong_FromLongLong(now_value);
    PyObject *outcome = PyLong_FromLong(is_cancelled ? OUTCOME_CANCELLED : OUTCOME_RESULT);
    int written = now != NULL && outcome != NULL ? task_ended(self, tid, now, outcome, !is_cancelled) : -1;
    Py_XDECREF(now);
    Py_XDECREF(outcome);
    Py_DECREF(tid);
    if (written < 0 || maybe_flush(self, now_value) < 0) goto failed;
    goto inline_handle;
failed_tid:
    Py_DECREF(tid);
failed:
    if (fail(self, "task_done") < 0) return NULL;
inline_handle:
    if (self->inline_handle == NULL) Py_RETURN_NONE; /* before bind_asyncio(): call_soon ignores it */
    Py_INCREF(self->inline_handle);
    return self->inline_handle;
}

static PyObject *Hooks_task_done(Hooks *self, PyObject *const *args, Py_ssize_t nargs) {
    if (wrong_count("task_done", nargs, 1, 2) < 0) return NULL;
    return task_done(self, args[0], nargs > 1 ? args[1] : Py_None);
}

/* Tasks.callback_scheduled: the first callback scheduled after a task we follow finished tells us so. */
static PyObject *Hooks_callback_scheduled(Hooks *self, PyObject *const *args, Py_ssize_t nargs) {
    if (wrong_count("callback_scheduled", nargs, 2, 2) < 0) return NULL;
    PyObject *task = args[0], *callback = args[1];
    /* A task whose end went unseen (destroyed without a word) leaves its id behind, which a future may get. */
    int is_task = self->task_types != NULL ? PyObject_IsInstance(task, self->task_types) : 1;
    if (is_task <= 0) {
        if (is_task < 0 && fail(self, "callback_scheduled") < 0) return NULL;
        Py_RETURN_NONE;
    }
    PyObject *done = call_method(self, task, self->done, s_done);
    int is_done = done ? PyObject_IsTrue(done) : -1;
    Py_XDECREF(done);
    if (is_done < 0) {
        if (fail(self, "callback_scheduled") < 0) return NULL;
    } else if (is_done) {
        PyObject *handle = task_done(self, task, callback);
        if (handle == NULL) return NULL;
        Py_DECREF(handle);
    }
    Py_RETURN_NONE;
}

/* -- futures ------------------------------------------------------------------------------------- */

#define INTERNAL_MODULES_MAX 10000 /* module names whose is_internal() is remembered, at most */

/* Whether code run with these globals is asyncio's, a library's or ours (is_internal of its module's
 * __file__), remembered by module name: 1, 0 (the program's, or not known by its globals), -1 with an error. */
static int globals_internal(Hooks *self, PyObject *globals) {
    PyObject *name = PyDict_GetItemWithError(globals, s_dunder_name); /* borrowed */
    if (name == NULL) return PyErr_Occurred() ? -1 : 0;
    PyObject *known = PyDict_GetItemWithError(self->internal_modules, name); /* borrowed */
    if (known == NULL) {
        if (PyErr_Occurred()) return -1;
        PyObject *file = PyDict_GetItemWithError(globals, s_dunder_file); /* borrowed */
        if (file == NULL && PyErr_Occurred()) return -1;
        known = file != NULL && PyUnicode_Check(file) ? PyObject_CallFunctionObjArgs(self->is_internal, file, NULL)
                                                      : (Py_INCREF(Py_False), Py_False);
        if (known == NULL) return -1;
        if (PyDict_Size(self->internal_modules) >= INTERNAL_MODULES_MAX) PyDict_Clear(self->internal_modules);
        int stored = PyDict_SetItem(self->internal_modules, name, known);
        Py_DECREF(known); /* True and False live on regardless */
        if (stored < 0) return -1;
    }
    return PyObject_IsTrue(known);
}

#define FUTURES_MADE_MIN 4096 /* _hangs.FUTURES_MADE_MIN */

static void clear_made(struct made_future *entry) {
    Py_CLEAR(entry->ref);
    Py_CLEAR(entry->code);
}

/* Room for one more made future: the dead ones swept out, and the table doubled if that left it over half
 * full. 0, or -1 with an error set. */
static int made_room(Hooks *self) {
    if (self->made_count < self->made_capacity) return 0;
    Py_ssize_t kept = 0;
    for (Py_ssize_t i = 0; i < self->made_count; i++) {
        struct made_future *entry = &self->made[i];
        if (PyWeakref_GetObject(entry->ref) == Py_None) {
            clear_made(entry);
        } else {
            self->made[kept++] = *entry;
        }
    }
    self->made_count = kept;
    if (kept * 2 <= self->made_capacity && self->made_capacity > 0) return 0;
    Py_ssize_t capacity = self->made_capacity ? self->made_capacity * 2 : FUTURES_MADE_MIN;
    struct made_future *made = PyMem_Realloc(self->made, capacity * sizeof(*made));
    if (made == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    self->made = made;
    self->made_capacity = capacity;
    return 0;
}

/* Hangs.future_made for create_future's caller, the current frame: the code and instruction offset of a
 * program line that asked for a future, with a weak reference to it. A caller inside asyncio or a library is
 * known by its globals alone, without the frame object that CPython 3.11+ would have to make for it. The line
 * is read from the offset only if a snapshot names the future: PyFrame_GetLineNumber walks the code's line
 * table, half of the instructions this took on a shape made of futures. */
static int note_future(Hooks *self, PyObject *future) {
    PyObject *globals = PyEval_GetGlobals(); /* borrowed */
    int internal = globals != NULL ? globals_internal(self, globals) : 1;
    if (internal != 0) return internal < 0 ? -1 : 0;
    PyFrameObject *frame = PyEval_GetFrame(); /* borrowed */
    if (frame == NULL) return 0;
    /* The weak reference first: its allocation may collect garbage, whose finalizers may make futures. */
    PyObject *ref = PyWeakref_NewRef(future, NULL);
    if (ref == NULL) return -1;
    PyObject *lasti = PyObject_GetAttr((PyObject *)frame, s_f_lasti);
    long offset = lasti != NULL ? PyLong_AsLong(lasti) : -1;
    Py_XDECREF(lasti);
    if ((offset == -1 && PyErr_Occurred()) || made_room(self) < 0) {
        Py_DECREF(ref);
        return -1;
    }
    struct made_future *entry = &self->made[self->made_count++];
    entry->ref = ref;
    entry->code = (PyObject *)PyFrame_GetCode(frame);
    entry->lasti = offset;
    return 0;
}

/* future_site(future): (code, instruction offset) of the program line that asked for this live future, or
 * None. */
static PyObject *Hooks_future_site(Hooks *self, PyObject *future) {
    for (Py_ssize_t i = self->made_count - 1; i >= 0; i--) {
        struct made_future *entry = &self->made[i];
        if (PyWeakref_GetObject(entry->ref) == future) return Py_BuildValue("(Ol)", entry->code, entry->lasti);
    }
    Py_RETURN_NONE;
}

/* forget_futures(): a forked child's futures are its parent's. */
static PyObject *Hooks_forget_futures(Hooks *self, PyObject *unused) {
    for (Py_ssize_t i = 0; i < self->made_count; i++) clear_made(&self->made[i]);
    self->made_count = 0;
    Py_RETURN_NONE;
}

/* tasks_made(): how many task rows the C hooks buffered in this process's life (TraceWriter.tasks_made). */
static PyObject *Hooks_tasks_made(Hooks *self, PyObject *unused) {
    return PyLong_FromLongLong(self->tasks_made);
}

/* The Hooks whose create_future replaced asyncio's (a method descriptor has no closure). */
static Hooks *future_hooks;

/* BaseEventLoop.create_future as recompiled by the recorder (see Recorder._hook_create_future), in C: without
 * a Python frame of its own, its caller is the current frame. */
static PyObject *create_future(PyObject *loop, PyObject *unused) {
    Hooks *self = future_hooks;
    PyObject *cls = PyDict_GetItemWithError(self->futures_namespace, s_Future); /* borrowed */
    if (cls == NULL) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_AttributeError, "module 'asyncio.futures' has no attribute 'Future'");
        return NULL;
    }
    Py_INCREF(cls);
    if (cls == self->base_future) {
        Py_DECREF(cls);
        cls = self->future_class;
        Py_INCREF(cls);
    } else if (self->traced_class != Py_None) { /* before 3.12: our subclass of the program's Future class */
        PyObject *traced = PyObject_CallFunctionObjArgs(self->traced_class, cls, NULL);
        Py_DECREF(cls);
        if (traced == NULL) return NULL;
        cls = traced;
    }
    /* {"loop": loop}, the same dict each time unless a Future class asks for a future as it is made. */
    int reuse = !self->kwargs_busy;
    PyObject *kwargs = reuse ? self->kwargs : PyDict_New();
    PyObject *future = NULL;
    if (kwargs != NULL && PyDict_SetItem(kwargs, s_loop, loop) == 0) {
        self->kwargs_busy = 1;
        future = PyObject_Call(cls, self->no_args, kwargs);
        self->kwargs_busy = !reuse;
    }
    if (reuse) {
        PyObject *type, *value, *traceback;
        if (future == NULL) PyErr_Fetch(&type, &value, &traceback);
        PyDict_Clear(kwargs); /* no reference to the loop is kept */
        if (future == NULL) PyErr_Restore(type, value, traceback);
    } else {
        Py_XDECREF(kwargs);
    }
    Py_DECREF(cls);
    if (future == NULL) return NULL;
    int on = enabled(self);
    if ((on < 0 || (on && note_future(self, future) < 0)) && fail(self, "future_made") < 0) {
        Py_DECREF(future);
        return NULL;
    }
    return future;
}

static PyMethodDef create_future_def = {
    "create_future", (PyCFunction)create_future, METH_NOARGS, "Create a Future object attached to the loop.",
};

/* -- binding --------------------------------------------------------------------------------------- */

static void replace(PyObject **slot, PyObject *value) {
    PyObject *old = *slot;
    Py_XINCREF(value);
    *slot = value;
    Py_XDECREF(old);
}

/* bind(writer, tasks, site_by_origin, cancel_recorded): the tables, buffers and ids the hooks write to. */
static PyObject *Hooks_bind(Hooks *self, PyObject *args) {
    PyObject *writer, *tasks, *site_by_origin, *cancel_recorded;
    if (!PyArg_UnpackTuple(args, "bind", 4, 4, &writer, &tasks, &site_by_origin, &cancel_recorded)) return NULL;
    if (!PyDict_Check(tasks) || !PyDict_Check(site_by_origin) || !PySet_Check(cancel_recorded)) {
        PyErr_SetString(PyExc_TypeError, "bind(writer, dict, dict, set)");
        return NULL;
    }
    PyObject *rows = PyObject_GetAttrString(writer, "rows");
    if (rows == NULL) return NULL;
    PyObject *end_rows = PyMapping_GetItemString(rows, "task_ends");
    Py_DECREF(rows);
    PyObject *task_box = end_rows ? PyObject_GetAttrString(writer, "task_box") : NULL;
    PyObject *lean = task_box ? PyObject_GetAttrString(writer, "lean") : NULL;
    int is_lean = lean ? PyObject_IsTrue(lean) : -1;
    Py_XDECREF(lean);
    PyObject *ids = is_lean >= 0 ? PyObject_GetAttrString(writer, "ids") : NULL;
    PyObject *process_id = ids ? PyObject_GetAttrString(writer, "process_id") : NULL;
    PyObject *id_base = process_id ? PyObject_GetAttrString(writer, "id_base") : NULL;
    long long base = id_base ? PyLong_AsLongLong(id_base) : -1;
    PyObject *text_limit = id_base ? PyObject_GetAttrString(writer, "TEXT_LIMIT") : NULL;
    PyObject *writer_dict = text_limit ? PyObject_GetAttrString(writer, "__dict__") : NULL;
    Py_ssize_t limit = text_limit ? PyLong_AsSsize_t(text_limit) : -1;
    int ok = text_limit != NULL && !(base == -1 && PyErr_Occurred()) && !(limit == -1 && PyErr_Occurred()) &&
             PyList_Check(task_box) && PyList_Size(task_box) == 1 && PyList_Check(end_rows) &&
             writer_dict != NULL && PyDict_Check(writer_dict);
    if (ok) {
        replace(&self->writer, writer);
        replace(&self->writer_dict, writer_dict);
        replace(&self->tasks, tasks);
        replace(&self->site_by_origin, site_by_origin);
        replace(&self->cancel_recorded, cancel_recorded);
        replace(&self->task_box, task_box);
        replace(&self->end_rows, end_rows);
        self->lean = is_lean;
        replace(&self->ids, ids);
        replace(&self->process_id, process_id);
        self->id_base = base;
        self->text_limit = limit;
    } else if (!PyErr_Occurred()) {
        PyErr_SetString(PyExc_TypeError, "the writer's rows must be lists, its task_box one buffer");
    }
    Py_XDECREF(task_box);
    Py_XDECREF(end_rows);
    Py_XDECREF(ids);
    Py_XDECREF(process_id);
    Py_XDECREF(id_base);
    Py_XDECREF(text_limit);
    Py_XDECREF(writer_dict);
    if (!ok) return NULL;
    Py_RETURN_NONE;
}

/* bind_asyncio(task_class, hidden_classes, base_loop_class, patched_call_soon, base_add_done_callback,
 *              done_context, current_task, done_callback, inline_handle, task_types): what create_task's hook
 *              needs. */
static PyObject *Hooks_bind_asyncio(Hooks *self, PyObject *args) {
    PyObject *task_class, *hidden, *base_loop, *call_soon, *add, *context, *current, *callback, *handle, *types;
    if (!PyArg_UnpackTuple(args, "bind_asyncio", 10, 10, &task_class, &hidden, &base_loop, &call_soon, &add,
                           &context, &current, &callback, &handle, &types))
        return NULL;
    if (!PySet_Check(hidden)) {
        PyErr_SetString(PyExc_TypeError, "hidden_classes must be a set");
        return NULL;
    }
    PyObject *kwargs = Py_BuildValue("{sO}", "context", context);
    if (kwargs == NULL) return NULL;
    replace(&self->task_class, task_class);
    replace(&self->hidden_classes, hidden);
    replace(&self->base_loop_class, base_loop);
    replace(&self->patched_call_soon, call_soon);
    replace(&self->base_add_done_callback, add);
    replace(&self->done_kwargs, kwargs);
    Py_DECREF(kwargs);
    replace(&self->current_task, current);
    replace(&self->done_callback, callback);
    replace(&self->inline_handle, handle);
    replace(&self->task_types, types);
    PyObject **unbound[] = {&self->get_name, &self->cancelled, &self->done};
    PyObject *names[] = {s_get_name, s_cancelled, s_done};
    for (int i = 0; i < 3; i++) {
        PyObject *method = PyObject_GetAttr(task_class, names[i]);
        if (method == NULL) return NULL;
        replace(unbound[i], method);
        Py_DECREF(method);
    }
    Py_RETURN_NONE;
}

/* bind_futures(is_internal, loop_class, futures_module, base_future, future_class, traced_class): what
 * create_future needs to know which callers are the program's and what to make futures of (traced_class:
 * None from 3.12 on). Returns the create_future method for loop_class. */
static PyObject *Hooks_bind_futures(Hooks *self, PyObject *args) {
    PyObject *is_internal, *loop_class, *futures_module, *base_future, *future_class, *traced;
    if (!PyArg_ParseTuple(args, "OO!O!OOO", &is_internal, &PyType_Type, &loop_class, &PyModule_Type, &futures_module,
                          &base_future,
                          &future_class, &traced))
        return NULL;
    if (future_hooks != NULL && future_hooks != self) {
        PyErr_SetString(PyExc_RuntimeError, "create_future is bound to another recorder");
        return NULL;
    }
    PyObject *internal_modules = PyDict_New(), *no_args = PyTuple_New(0), *kwargs = PyDict_New();
    PyObject *method = internal_modules && no_args && kwargs
                           ? PyDescr_NewMethod((PyTypeObject *)loop_class, &create_future_def)
                           : NULL;
    if (method != NULL) {
        replace(&self->is_internal, is_internal);
        replace(&self->internal_modules, internal_modules);
        replace(&self->futures_namespace, PyModule_GetDict(futures_module));
        replace(&self->base_future, base_future);
        replace(&self->future_class, future_class);
        replace(&self->traced_class, traced);
        replace(&self->no_args, no_args);
        replace(&self->kwargs, kwargs);
        if (future_hooks == NULL) { /* held for good: the method may outlive the recorder's last reference */
            future_hooks = self;
            Py_INCREF(self);
        }
    }
    Py_XDECREF(internal_modules);
    Py_XDECREF(no_args);
    Py_XDECREF(kwargs);
    return method;
}

/* -- the type ------------------------------------------------------------------------------------------ */

static PyObject *Hooks_new(PyTypeObject *type, PyObject *args, PyObject *kwargs) {
    PyObject *recorder;
    if (!PyArg_UnpackTuple(args, "Hooks", 1, 1, &recorder)) return NULL;
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    Hooks *self = (Hooks *)alloc(type, 0);
    if (self == NULL) return NULL;
    Py_INCREF(recorder);
    self->recorder = recorder;
    self->recorder_dict = PyObject_GetAttrString(recorder, "__dict__");
    if (self->recorder_dict == NULL || !PyDict_Check(self->recorder_dict)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "the recorder's __dict__ must be a dict");
        Py_DECREF(self);
        return NULL;
    }
    self->own_callback = PyLong_FromLong(OWN_CALLBACK);
    self->own_callback_stays = PyLong_FromLong(OWN_CALLBACK_STAYS);
    if (self->own_callback == NULL || self->own_callback_stays == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/* Every object a Hooks holds, for traverse and clear alike. */
#define HOOKS_MEMBERS(X)                                                                                      \
    X(recorder) X(recorder_dict) X(writer) X(writer_dict) X(tasks) X(site_by_origin) X(cancel_recorded)       \
    X(task_box) X(end_rows) X(ids) X(process_id) X(task_class) X(hidden_classes) X(base_loop_class)           \
    X(patched_call_soon) X(base_add_done_callback) X(done_kwargs) X(current_task) X(done_callback)            \
    X(inline_handle) X(own_callback) X(own_callback_stays) X(task_types) X(get_name) X(cancelled) X(done)     \
    X(is_internal) X(internal_modules) X(futures_namespace) X(base_future) X(future_class)                    \
    X(traced_class) X(no_args) X(kwargs)

static int Hooks_traverse(Hooks *self, visitproc visit, void *arg) {
    Py_VISIT(Py_TYPE(self)); /* a heap type's instances own a reference to it */
#define VISIT_MEMBER(name) Py_VISIT(self->name);
    HOOKS_MEMBERS(VISIT_MEMBER)
#undef VISIT_MEMBER
    return 0;
}

static int Hooks_clear(Hooks *self) {
#define CLEAR_MEMBER(name) Py_CLEAR(self->name);
    HOOKS_MEMBERS(CLEAR_MEMBER)
#undef CLEAR_MEMBER
    for (Py_ssize_t i = 0; i < self->made_count; i++) clear_made(&self->made[i]);
    PyMem_Free(self->made);
    self->made = NULL;
    self->made_count = self->made_capacity = 0;
    return 0;
}

static void Hooks_dealloc(Hooks *self) {
    PyTypeObject *type = (PyTypeObject *)PyObject_Type((PyObject *)self);
    PyObject_GC_UnTrack(self);
    Hooks_clear(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(type, Py_tp_free);
    tp_free(self);
    Py_DECREF(type); /* the reference PyObject_Type() returned */
    Py_DECREF(type); /* the instance's own reference to its heap type */
}

static PyMethodDef Hooks_methods[] = {
    {"task_created", (PyCFunction)(void (*)(void))Hooks_task_created, METH_FASTCALL, "Tasks.task_created, in C."},
    {"task_done", (PyCFunction)(void (*)(void))Hooks_task_done, METH_FASTCALL, "Tasks.task_done, in C."},
    {"callback_scheduled", (PyCFunction)(void (*)(void))Hooks_callback_scheduled, METH_FASTCALL,
     "Tasks.callback_scheduled, in C."},
    {"bind", (PyCFunction)Hooks_bind, METH_VARARGS, "Bind the writer's buffers and ids and the task tables."},
    {"bind_asyncio", (PyCFunction)Hooks_bind_asyncio, METH_VARARGS, "Bind what create_task's hook needs."},
    {"bind_futures", (PyCFunction)Hooks_bind_futures, METH_VARARGS, "Bind what create_future needs; its method."},
    {"future_site", (PyCFunction)Hooks_future_site, METH_O, "(code, offset) where a live future was asked for."},
    {"forget_futures", (PyCFunction)Hooks_forget_futures, METH_NOARGS, "Forget the futures made so far."},
    {"tasks_made", (PyCFunction)Hooks_tasks_made, METH_NOARGS, "How many task rows the C hooks buffered."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot Hooks_slots[] = {
    {Py_tp_new, Hooks_new},
    {Py_tp_dealloc, Hooks_dealloc},
    {Py_tp_traverse, Hooks_traverse},
    {Py_tp_clear, Hooks_clear},
    {Py_tp_methods, Hooks_methods},
    {Py_tp_doc, "The recorder's per-task hooks in C: Hooks(recorder)."},
    {0, NULL},
};

static PyType_Spec Hooks_spec = {
    "asynctrace._speedups.Hooks", sizeof(Hooks), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, Hooks_slots,
};

static PyMethodDef module_methods[] = {
    {"compact_tasks", compact_tasks, METH_O, "_writer._compact_tasks in C."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef speedups_module = {
    PyModuleDef_HEAD_INIT, "asynctrace._speedups", "The recorder's per-task hooks in C.", -1, module_methods,
};

PyMODINIT_FUNC PyInit__speedups(void) {
    /* What the writer turns into NULL (see _writer.INSERTS): binding None costs sqlite3 an adapter lookup. */
    if ((no_id = PyLong_FromLong(0)) == NULL || (no_text = PyUnicode_FromStringAndSize("", 0)) == NULL ||
        (pending = PyLong_FromLong(PENDING)) == NULL || (counted = PyLong_FromLong(COUNTED)) == NULL)
        return NULL;
    struct { PyObject **slot; const char *text; } names[] = {
        {&s_enabled, "enabled"}, {&s_tls, "tls"}, {&s_thread_id, "thread_id"},
        {&s_current_test, "current_test"}, {&s_get_name, "get_name"}, {&s_cr_origin, "cr_origin"},
        {&s_qualname, "__qualname__"}, {&s_name, "__name__"},
        {&s_asynctrace_id, "_asynctrace_id"}, {&s_last_flush_ns, "last_flush_ns"}, {&s_flush, "flush"},
        {&s_sites, "sites"}, {&s_for_task, "for_task"}, {&s_loop_id, "loop_id"},
        {&s_cancelled, "cancelled"}, {&s_exception, "_exception"}, {&s_done, "done"},
        {&s_call_soon, "call_soon"}, {&s_callback_attr, "_asynctrace_callback"},
        {&s_register_task, "register_task"}, {&s_task_created, "task_created"}, {&s_ended, "_task_ended"},
        {&s_dunder_name, "__name__"}, {&s_dunder_file, "__file__"},
        {&s_Future, "Future"}, {&s_loop, "loop"}, {&s_f_lasti, "f_lasti"},
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if ((*names[i].slot = PyUnicode_InternFromString(names[i].text)) == NULL) return NULL;
    }
    PyObject *module = PyModule_Create(&speedups_module);
    if (module == NULL) return NULL;
    PyObject *type = PyType_FromSpec(&Hooks_spec);
    if (type == NULL || PyModule_AddObject(module, "Hooks", type) < 0) {
        Py_XDECREF(type);
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
