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

    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 2
    documented = SCHEMA_README.read_text()
    for kind_id, name in conn.execute("SELECT id, name FROM event_kinds"):
        assert f"| {kind_id} | `{name}` |" in documented


def test_the_recorder_uses_the_schema_kind_ids():
    from asynctrace import _recorder

    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA.read_text())
    kinds = dict(conn.execute("SELECT name, id FROM event_kinds"))
    for name, kind_id in kinds.items():
        assert getattr(_recorder, name.upper()) == kind_id


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
    assert [row[1] for row in unretrieved] == ["ConnectionError"]
    assert durations and all(row[1] >= 1 for row in durations)
