"""What binding None costs sqlite3, against the same rows with 0 and "" made NULL by SQL (NULLIF), as the
recorder's writer does for the ids and texts most often absent (see _writer.INSERTS).

    python3 bench/null_binding.py      # one line: ns per row each way, and per NULL saved
"""
import sqlite3
import sys
import time

ROWS = 200_000


def seconds(connection, sql, rows):
    connection.execute("DELETE FROM t")
    began = time.perf_counter()
    connection.executemany(sql, rows)
    return time.perf_counter() - began


def main():
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (a, b, c, d)")
    bound = min(seconds(connection, "INSERT INTO t VALUES (?,?,?,?)", [(i, i, None, None) for i in range(ROWS)])
                for _ in range(5))
    made = min(seconds(connection, "INSERT INTO t VALUES (?,?,NULLIF(?,0),NULLIF(?,''))",
                       [(i, i, 0, "") for i in range(ROWS)]) for _ in range(5))
    print(f"CPython {sys.version.split()[0]}: None bound {bound / ROWS * 1e9:.0f} ns/row, NULLIF {made / ROWS * 1e9:.0f}"
          f" ns/row: {(bound - made) / ROWS * 1e9 / 2:.0f} ns saved per NULL (x{bound / made:.2f})")


if __name__ == "__main__":
    main()
