"""The recorder against the contract: schema/trace.sql as shipped, its documentation, and its queries."""
import re
import sqlite3

from conftest import EXAMPLES, REPO, SRC, Trace, run_python

SCHEMA = REPO / "schema" / "trace.sql"
SCHEMA_README = REPO / "schema" / "README.md"


def test_the_package_ships_the_repository_schema():
    assert (SRC / "asynctrace" / "trace.sql").read_text() == SCHEMA.read_text()


def test_schema_sets_its_version_and_documents_every_event_kind():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA.read_text())
    from asynctrace._writer import SCHEMA_VERSION

    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 7
    documented = SCHEMA_README.read_text()
    for kind_id, name in conn.execute("SELECT id, name FROM event_kinds"):
        assert f"| {kind_id} | `{name}` |" in documented


def test_the_recorder_uses_the_schema_kind_ids():
    from asynctrace import _events

    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA.read_text())
    kinds = dict(conn.execute("SELECT name, id FROM event_kinds"))
    for name, kind_id in kinds.items():
        assert getattr(_events, name.upper()) == kind_id


def test_documented_queries_find_the_examples_mistakes(tmp_path):
    run = run_python([str(EXAMPLES / "all.py")], cwd=EXAMPLES, trace_path=tmp_path / "trace.db")
    assert run.returncode == 0, run.stderr
    trace = Trace(tmp_path / "trace.db")
    queries = re.findall(r"```sql\n(.*?)```", SCHEMA_README.read_text(), re.S)
    assert len(queries) == 7
    results = [trace.rows(query) for query in queries]
    leaked, pending, destroyed, cross, unretrieved, durations, gaps = results
    assert gaps == []
    assert [(row[0].endswith("leaked_coroutine.py"), row[2]) for row in leaked] == [(True, "save")]
    assert sorted(row[5] for row in pending) == [0, 1]  # pending_at_close, cancel_then_close
    assert [row[0] for row in destroyed] == ["send_metrics"]
    assert sorted(row[0] for row in cross) == ["cross_loop_await", "cross_thread_call"]
    assert [row[1] for row in unretrieved] == ["ConnectionError: backend down"]
    assert durations and all(row[1] >= 1 for row in durations)


GOLDEN = REPO / "schema" / "golden"


def _columns(conn):
    tables = [name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: [row[1] for row in conn.execute(f"PRAGMA table_info({table})")] for table in tables}


def _golden(version):
    conn = sqlite3.connect(":memory:")
    conn.executescript((GOLDEN / f"v{version}.sql").read_text())
    return conn


def test_the_golden_trace_of_this_version_has_exactly_the_schemas_tables():
    """Changing a table without raising the version (and adding a golden trace for it) fails here."""
    from asynctrace._writer import SCHEMA_VERSION

    current = sqlite3.connect(":memory:")
    current.executescript(SCHEMA.read_text())
    golden = _golden(SCHEMA_VERSION)
    assert golden.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert _columns(golden) == _columns(current)
    assert sorted(golden.execute("SELECT id, name FROM event_kinds")) == sorted(
        current.execute("SELECT id, name FROM event_kinds"))


def test_the_recorder_joins_a_trace_of_its_version_and_leaves_older_ones_alone(tmp_path):
    from asynctrace._writer import SCHEMA_VERSION

    program = tmp_path / "app.py"
    program.write_text("import asyncio\nasync def main():\n    await asyncio.sleep(0)\nasyncio.run(main())\n")
    for version in range(1, SCHEMA_VERSION + 1):
        path = tmp_path / f"v{version}.db"
        conn = _golden(version)
        conn.execute(f"VACUUM INTO '{path}'")
        count = "SELECT count(*) FROM tasks WHERE coro_qualname = 'main'"
        before = conn.execute(count).fetchone()[0]
        run = run_python([str(program)], cwd=tmp_path, trace_path=path)
        assert run.returncode == 0
        after = Trace(path).value(count)
        if version == SCHEMA_VERSION:
            assert after == before + 1 and run.stderr == ""
        else:
            assert after == before
            assert run.stderr.startswith("asynctrace: not recording: ") and f"version {version}, not {SCHEMA_VERSION}" in run.stderr
