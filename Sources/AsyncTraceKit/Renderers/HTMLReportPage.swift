/// The fixed parts of the HTML report: markup, style and script around the JSON data. The Content
/// Security Policy forbids every network load, so the page works offline and cannot leak anything.
enum HTMLReportPage {
    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; \
        style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>asynctrace report: \(escaped(title))</title>
        <style>\(style)</style>
        </head>
        <body>
        <header>
          <h1>asynctrace report <span id="trace-title"></span></h1>
          <div id="summary" class="cards"></div>
          <div id="gaps" class="gaps" hidden></div>
          <nav><a href="#findings-section">Findings</a><a href="#tests-section">Tests</a>\
        <a href="#timeline-section">Timeline</a><a href="#hangs-section" id="hangs-link" hidden>Await graphs</a></nav>
        </header>
        <noscript><p>This report draws its tables and timeline with JavaScript; please enable it.</p></noscript>
        <main>
        <section id="findings-section">
          <h2>Findings</h2>
          <div class="filters">
            <label>Rule <select id="filter-rule"></select></label>
            <label>Test <select id="filter-test"></select></label>
            <label>File <select id="filter-file"></select></label>
            <label>Text <input id="filter-text" type="search" placeholder="message, object, function"></label>
            <span id="findings-count"></span>
          </div>
          <table id="findings"><thead><tr><th>Rule</th><th>Location</th><th>Task or coroutine</th>\
        <th>Message</th><th>Test</th></tr></thead><tbody></tbody></table>
          <button id="findings-more" hidden></button>
        </section>
        <section id="tests-section">
          <h2>Tests</h2>
          <p id="tests-note"></p>
          <table id="tests"><thead><tr><th>Test</th><th>Outcome</th><th>Duration</th><th>Tasks created</th>\
        <th>Left pending</th><th>Findings</th></tr></thead><tbody></tbody></table>
          <button id="tests-more" hidden></button>
        </section>
        <section id="hangs-section" hidden>
          <h2>Await graphs</h2>
          <p class="hint">What each pending task waited on when the recorder looked at a loop (it made no progress, a \
        task stayed on one await, the process was signalled, a scope ended or the loop closed). An arrow points at \
        the task it cannot go on without; red: an await cycle. Click a task for its story.</p>
          <div id="hangs"></div>
        </section>
        <section id="timeline-section">
          <h2>Timeline</h2>
          <div class="toolbar">
            <button id="zoom-in" title="Zoom in (W or +)">+</button>
            <button id="zoom-out" title="Zoom out (S or -)">&minus;</button>
            <button id="zoom-reset" title="Show everything (0)">Fit</button>
            <span class="hint">Drag or A/D to pan, Ctrl+wheel or W/S to zoom, click a bar for its story.</span>
            <span class="legend"></span>
          </div>
          <div id="timeline-scroll" tabindex="0">
            <canvas id="timeline"></canvas>
            <div id="timeline-spacer"></div>
          </div>
          <div id="tooltip" hidden></div>
        </section>
        </main>
        <aside id="detail" hidden>
          <button id="detail-close" title="Close">&times;</button>
          <div id="detail-body"></div>
        </aside>
        <script type="application/json" id="report-data">
        """
    }

    static let tail = """

        </script>
        <script>\(script)</script>
        </body>
        </html>

        """

    /// Text for HTML element content and quoted attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    static let style = """
        :root { --done: #7aa974; --cancelled: #d9a441; --failed: #d1603d; --pending: #8e6cc4; --finding: #c0182b;
                --line: #d8dde3; --muted: #5d6670; font-family: system-ui, sans-serif; font-size: 14px; }
        body { margin: 0; color: #1d2329; background: #f7f8fa; }
        header { background: #1d2b3a; color: #fff; padding: 12px 20px; }
        h1 { font-size: 18px; margin: 0 0 8px; font-weight: 600; }
        #trace-title { font-weight: 400; opacity: .8; margin-left: 8px; }
        h2 { font-size: 16px; margin: 0 0 8px; }
        main { padding: 12px 20px; }
        section { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px;
                  margin-bottom: 14px; }
        nav { margin-top: 8px; } nav a { color: #cfe3ff; margin-right: 16px; }
        .cards { display: flex; flex-wrap: wrap; gap: 10px; }
        .gaps { margin-top: 10px; background: #fff4ce; color: #3b2300; border-radius: 5px; padding: 6px 10px; }
        .card { background: rgba(255,255,255,.1); border-radius: 5px; padding: 5px 10px; }
        .card b { display: block; font-size: 17px; }
        .filters { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin-bottom: 8px; }
        select, input { max-width: 260px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid var(--line); vertical-align: top; }
        th { background: #eef1f4; font-weight: 600; }
        td.mono, .mono { font-family: ui-monospace, monospace; font-size: 12.5px; word-break: break-all; }
        tr.selected td { background: #fff4d6; }
        .sev-error { color: var(--finding); font-weight: 600; }
        .sev-warning { color: #9a6700; font-weight: 600; }
        .badge { display: inline-block; border-radius: 9px; padding: 0 7px; margin: 1px 3px 1px 0;
                 background: #f3d7da; color: #7d0f1c; font-size: 12px; }
        .ok { color: #2c7a3f; }
        a { color: #175ea8; text-decoration: none; cursor: pointer; }
        a:hover { text-decoration: underline; }
        .toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 6px; }
        .hint { color: var(--muted); font-size: 12px; }
        .legend span { display: inline-flex; align-items: center; margin-right: 10px; font-size: 12px; }
        .legend i { width: 12px; height: 12px; display: inline-block; margin-right: 4px; border-radius: 2px; }
        #timeline-scroll { position: relative; overflow-y: auto;
                           border: 1px solid var(--line); outline: none; }
        #timeline-scroll:focus { border-color: #175ea8; }
        #timeline { position: sticky; top: 0; display: block; cursor: grab; }
        #tooltip { position: fixed; pointer-events: none; background: #1d2329; color: #fff; padding: 5px 8px;
                   border-radius: 4px; font-size: 12px; max-width: 420px; z-index: 10; white-space: pre-wrap; }
        #detail { position: fixed; top: 0; right: 0; bottom: 0; width: min(460px, 92vw); background: #fff;
                  border-left: 1px solid var(--line); box-shadow: -4px 0 16px rgba(0,0,0,.12); overflow-y: auto;
                  padding: 14px 16px; z-index: 5; }
        #detail h3 { margin: 0 26px 6px 0; font-size: 16px; word-break: break-all; }
        #detail dl { display: grid; grid-template-columns: 110px 1fr; gap: 4px 8px; margin: 8px 0; }
        #detail dt { color: var(--muted); }
        #detail dd { margin: 0; word-break: break-word; }
        #detail ol, #detail ul { margin: 4px 0 8px; padding-left: 20px; }
        #detail-close { position: absolute; top: 8px; right: 10px; border: 0; background: none; font-size: 20px;
                        cursor: pointer; }
        .state { font-weight: 600; }
        ul.story li.awaited { padding-left: 2em; list-style: none; }
        .hang { border-top: 1px solid var(--line); padding: 8px 0; }
        .hang svg { display: block; max-width: 100%; }
        .hang path.edge { stroke: #6d7882; stroke-width: 1.5; fill: none; }
        .hang path.edge.cycle { stroke: var(--finding); stroke-width: 2.5; }
        .hang circle.self { fill: none; cursor: default; }
        .hang polygon.head { fill: #6d7882; } .hang polygon.head.cycle { fill: var(--finding); }
        .hang circle { fill: #efe8fa; stroke: var(--pending); stroke-width: 2; cursor: pointer; }
        .hang circle.cycle { fill: #fbe3e6; stroke: var(--finding); }
        .hang text { font-size: 11px; fill: #1d2329; }
        .state-done { color: #3b7a35; } .state-cancelled { color: #9a6700; }
        .state-failed { color: #b2401f; } .state-pending { color: #6a46a8; }
        """

    static let script = """
        "use strict";
        (function () {
        const data = JSON.parse(document.getElementById("report-data").textContent);
        const S = data.strings;
        const str = (i) => (i >= 0 ? S[i] : null);
        const STATES = ["pending", "cancelled", "failed", "done"];
        const ENDINGS = ["finished", "its loop closed", "it was garbage-collected", "its process exited",
                         "the trace ended"];
        const COLORS = { done: "#7aa974", cancelled: "#d9a441", failed: "#d1603d", pending: "#8e6cc4",
                         finding: "#c0182b" };
        // Drawing order and priority when several tasks share a pixel: the worst wins.
        const CLASSES = ["done", "cancelled", "failed", "pending", "finding"];

        // ---- Elements, always with text nodes for data ----
        function el(tag, props, ...children) {
          const node = document.createElement(tag);
          for (const [key, value] of Object.entries(props || {})) {
            if (key === "class") node.className = value;
            else if (key === "onclick") node.addEventListener("click", value);
            else node.setAttribute(key, value);
          }
          for (const child of children) {
            if (child === null || child === undefined) continue;
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
          }
          return node;
        }
        const $ = (id) => document.getElementById(id);

        function duration(ns) {
          if (ns === null || ns === undefined) return "?";
          const a = Math.abs(ns);
          if (a < 1e3) return ns + " ns";
          if (a < 1e6) return (ns / 1e3).toFixed(a < 1e4 ? 2 : 1) + " \\u00b5s";
          if (a < 1e9) return (ns / 1e6).toFixed(a < 1e7 ? 2 : 1) + " ms";
          return (ns / 1e9).toFixed(a < 1e10 ? 3 : 2) + " s";
        }
        const at = (ns) => (ns === null || ns === undefined ? "?" : "+" + duration(ns));

        // ---- Tasks: columns decoded once into typed arrays ----
        const T = data.tasks;
        const n = T.id.length;
        const ids = new Float64Array(n), start = new Float64Array(n), end = new Float64Array(n);
        const state = Uint8Array.from(T.state), ending = Uint8Array.from(T.ending);
        {
          let id = 0, t = 0;
          for (let i = 0; i < n; i++) {
            id += T.id[i]; ids[i] = id;
            t += T.start[i]; start[i] = t; end[i] = t + T.duration[i];
          }
        }
        const laneOf = new Int32Array(n), rowOf = new Int32Array(n);
        // The latest end among the tasks of a row up to each task: the first visible one is a binary search.
        const reach = new Float64Array(n);
        const lanes = data.lanes;
        {
          let i = 0;
          lanes.forEach((lane, l) => {
            lane.rowStart = [];
            lane.rows.forEach((count, r) => {
              lane.rowStart.push(i);
              let m = -Infinity;
              for (let k = 0; k < count; k++, i++) {
                laneOf[i] = l; rowOf[i] = r; m = Math.max(m, end[i]); reach[i] = m;
              }
            });
            lane.rowStart.push(i);
          });
        }
        const cancelOf = new Map(data.cancels.map((c) => [c[0], { by: c[1], site: c[2], ts: c[3] }]));
        const exceptionOf = new Map(data.exceptions.map((e) => [e[0], S[e[1]]]));
        const findingsOf = new Map();
        data.findings.forEach((f, i) => {
          if (f.task >= 0) { if (!findingsOf.has(f.task)) findingsOf.set(f.task, []); findingsOf.get(f.task).push(i); }
        });
        const ruleByID = new Map(data.rules.map((r) => [r.id, r]));

        function taskLabel(i) {
          const name = T.name[i], coro = str(T.coro[i]);
          if (name !== null && coro !== null) return name + " (" + coro + ")";
          return name !== null ? name : coro !== null ? coro : "task " + ids[i];
        }
        function siteText(s) {
          if (s < 0) return null;
          const [file, line, fn] = data.sites[s];
          return (str(file) || "?") + (line > 0 ? ":" + line : "") + (fn >= 0 ? " in " + str(fn) : "");
        }
        function processLabel(p) {
          const process = data.processes[p];
          if (!process) return "unknown process";
          return "pid " + (process.pid === null ? "?" : process.pid) + (process.command ? " \\u2014 " + process.command : "");
        }
        function laneLabel(lane) {
          const thread = str(lane.thread) || "unknown thread";
          return lane.loop === null ? thread + " \\u00b7 no loop" : thread + " \\u00b7 loop " + (lane.loop % 4294967296) +
            (lane.loopClass >= 0 ? " (" + str(lane.loopClass) + ")" : "");
        }

        // ---- Header ----
        $("trace-title").textContent = data.title;
        {
          const counts = [0, 0, 0, 0];
          for (let i = 0; i < n; i++) counts[state[i]]++;
          const errors = data.findings.filter((f) => f.severity === "error").length;
          const cards = [
            ["Findings", data.findings.length + (data.findings.length ? " (" + errors + " errors)" : "")],
            ["Tasks", n + " (" + STATES.map((s, k) => counts[k] + " " + s).join(", ") + ")"
              + (data.counted ? "; and " + data.counted + " that ended with a result, counted, not stored (lean level)" : "")],
            ["Processes", data.processes.length],
            ["Loops", lanes.filter((l) => l.loop !== null).length],
            ["Tests", data.tests.length],
            ["Time span", duration(data.span)],
          ];
          for (const [label, value] of cards) $("summary").append(el("div", { class: "card" }, label, el("b", {}, value)));
          if (data.gaps.length) {
            $("gaps").hidden = false;
            $("gaps").append(el("b", {}, "This trace is incomplete: findings may be missing."));
            for (const gap of data.gaps) $("gaps").append(el("div", {}, gap));
          }
        }

        // ---- Findings table ----
        const ROW_LIMIT = 500;
        let findingsLimit = ROW_LIMIT;
        function options(select, values, allLabel) {
          select.append(el("option", { value: "" }, allLabel));
          for (const [value, label] of values) select.append(el("option", { value }, label));
        }
        function countBy(key) {
          const m = new Map();
          for (const f of data.findings) { const k = key(f); m.set(k, (m.get(k) || 0) + 1); }
          return [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
        }
        options($("filter-rule"), countBy((f) => f.rule).map(([k, c]) => [k, k + " (" + c + ")"]), "all rules");
        options($("filter-test"), countBy((f) => f.test === null ? "\\u0000" : f.test)
          .map(([k, c]) => [k, (k === "\\u0000" ? "(outside tests)" : k) + " (" + c + ")"]), "all tests");
        options($("filter-file"), countBy((f) => f.file === null ? "\\u0000" : f.file)
          .map(([k, c]) => [k, (k === "\\u0000" ? "(unknown file)" : k) + " (" + c + ")"]), "all files");
        for (const id of ["filter-rule", "filter-test", "filter-file", "filter-text"]) {
          $(id).addEventListener("input", () => { findingsLimit = ROW_LIMIT; renderFindings(); });
        }
        function findingLink(i) {
          const f = data.findings[i];
          const text = f.object || (f.task >= 0 ? taskLabel(f.task) : "(details)");
          return el("a", { href: f.task >= 0 ? "#task=" + ids[f.task] : "#finding=" + i }, text);
        }
        function renderFindings() {
          const rule = $("filter-rule").value, test = $("filter-test").value, file = $("filter-file").value;
          const text = $("filter-text").value.toLowerCase();
          const matching = [];
          data.findings.forEach((f, i) => {
            if (rule && f.rule !== rule) return;
            if (test && (f.test === null ? "\\u0000" : f.test) !== test) return;
            if (file && (f.file === null ? "\\u0000" : f.file) !== file) return;
            if (text && ![f.message, f.object, f.function, f.file].some((v) => v && v.toLowerCase().includes(text))) return;
            matching.push(i);
          });
          const body = $("findings").tBodies[0];
          body.replaceChildren();
          for (const i of matching.slice(0, findingsLimit)) {
            const f = data.findings[i];
            const location = (f.file || "?") + (f.line ? ":" + f.line : "") + (f.function ? " in " + f.function : "");
            body.append(el("tr", { "data-finding": i },
              el("td", {}, el("span", { class: "sev-" + f.severity }, f.rule)),
              el("td", { class: "mono" }, location),
              el("td", { class: "mono" }, findingLink(i)),
              el("td", {}, f.message),
              el("td", { class: "mono" }, f.test || "")));
          }
          if (!data.findings.length) body.append(el("tr", {}, el("td", { colspan: 5, class: "ok" }, "No findings.")));
          $("findings-count").textContent = matching.length + " of " + data.findings.length + " findings";
          const more = $("findings-more");
          more.hidden = matching.length <= findingsLimit;
          more.textContent = "Show all " + matching.length;
        }
        $("findings-more").addEventListener("click", () => { findingsLimit = Infinity; renderFindings(); });

        // ---- Tests ----
        let testsLimit = 200;
        const findingsByTest = new Map();
        data.findings.forEach((f, i) => {
          if (f.test === null) return;
          if (!findingsByTest.has(f.test)) findingsByTest.set(f.test, []);
          findingsByTest.get(f.test).push(i);
        });
        function renderTests() {
          const order = data.tests.map((t, i) => i).sort((a, b) =>
            (findingsByTest.get(data.tests[b].nodeid) || []).length - (findingsByTest.get(data.tests[a].nodeid) || []).length || a - b);
          const body = $("tests").tBodies[0];
          body.replaceChildren();
          for (const i of order.slice(0, testsLimit)) {
            const t = data.tests[i];
            const found = findingsByTest.get(t.nodeid) || [];
            const cell = el("td", {});
            if (!found.length) cell.append(el("span", { class: "ok" }, "none"));
            for (const k of found.slice(0, 8)) {
              cell.append(el("div", {}, el("span", { class: "badge" }, data.findings[k].rule), findingLink(k)));
            }
            if (found.length > 8) cell.append(el("div", {}, "+" + (found.length - 8) + " more"));
            const name = el("a", { title: "Show this test's findings" }, t.nodeid || "?");
            name.addEventListener("click", () => {
              $("filter-test").value = t.nodeid; findingsLimit = ROW_LIMIT; renderFindings();
              $("findings-section").scrollIntoView();
            });
            body.append(el("tr", {}, el("td", { class: "mono" }, name), el("td", {}, t.outcome || "?"),
              el("td", {}, t.start !== null && t.end !== null ? duration(t.end - t.start) : "?"),
              el("td", {}, t.tasks), el("td", {}, t.pending), cell));
          }
          const withFindings = data.tests.filter((t) => findingsByTest.has(t.nodeid)).length;
          $("tests-note").textContent = data.tests.length
            ? data.tests.length + " pytest tests recorded, " + withFindings + " with findings."
            : "No pytest tests were recorded (run pytest under asynctrace record to see which test caused what).";
          $("tests").hidden = !data.tests.length;
          const more = $("tests-more");
          more.hidden = data.tests.length <= testsLimit;
          more.textContent = "Show all " + data.tests.length + " tests";
        }
        $("tests-more").addEventListener("click", () => { testsLimit = Infinity; renderTests(); });

        // ---- Timeline ----
        const ROW = 14, ROW_GAP = 2, LANE_PAD = 6, PROCESS_H = 22, AXIS_H = 24, GUTTER = 250;
        const canvas = $("timeline"), scroller = $("timeline-scroll"), spacer = $("timeline-spacer");
        const ctx = canvas.getContext("2d");
        // Vertical layout: a heading per process, then its lanes.
        const layout = [];
        let totalHeight = AXIS_H;
        {
          let lastProcess;
          lanes.forEach((lane, l) => {
            if (lane.process !== lastProcess) {
              layout.push({ process: lane.process, y: totalHeight, h: PROCESS_H });
              totalHeight += PROCESS_H; lastProcess = lane.process;
            }
            const h = Math.max(1, lane.rows.length) * (ROW + ROW_GAP) + LANE_PAD;
            lane.y = totalHeight;
            layout.push({ lane: l, y: totalHeight, h });
            totalHeight += h;
          });
        }
        const span = Math.max(data.span, 1000);
        let view0 = 0, view1 = span, width = 0, height = 0, selected = -1;
        for (const c of CLASSES) {
          document.querySelector(".legend").append(el("span", {}, el("i", { style: "background:" + COLORS[c] }),
            c === "finding" ? "has a finding" : c === "pending" ? "never finished" : c));
        }

        function resize() {
          const ratio = window.devicePixelRatio || 1;
          // As tall as the lanes need, up to most of the window; taller lanes scroll under a fixed axis.
          scroller.style.height = Math.min(totalHeight + 2, Math.max(260, window.innerHeight * 0.62)) + "px";
          width = scroller.clientWidth;
          height = Math.min(scroller.clientHeight, totalHeight);
          canvas.width = width * ratio; canvas.height = height * ratio;
          canvas.style.width = width + "px"; canvas.style.height = height + "px";
          ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
          spacer.style.height = Math.max(0, totalHeight - height) + "px";
          draw();
        }
        const plotWidth = () => Math.max(10, width - GUTTER);
        const X = (t) => GUTTER + ((t - view0) / (view1 - view0)) * plotWidth();
        const timeAt = (x) => view0 + ((x - GUTTER) / plotWidth()) * (view1 - view0);
        const STATE_CLASS = [3, 1, 2, 0];
        const colorClass = (i) => (findingsOf.has(i) ? 4 : STATE_CLASS[state[i]]);

        function firstVisible(lo, hi, t) {
          while (lo < hi) { const m = (lo + hi) >> 1; if (reach[m] < t) lo = m + 1; else hi = m; }
          return lo;
        }

        function draw() {
          const top = scroller.scrollTop;
          ctx.clearRect(0, 0, width, height);
          ctx.font = "11px system-ui, sans-serif";
          ctx.textBaseline = "middle";
          const rects = CLASSES.map(() => []);
          const labels = [], marks = [];
          let bars = 0;
          const pxPerNs = plotWidth() / (view1 - view0);
          for (const item of layout) {
            const y = item.y - top;
            if (y + item.h < AXIS_H || y > height) continue;
            if (item.lane === undefined) { labels.push(["process", item.process, y]); continue; }
            const lane = lanes[item.lane];
            labels.push(["lane", lane, y]);
            for (let r = 0; r < lane.rows.length; r++) {
              const ry = y + LANE_PAD / 2 + r * (ROW + ROW_GAP);
              if (ry + ROW < AXIS_H || ry > height) continue;
              const hi = lane.rowStart[r + 1];
              // Bars narrower than a pixel are merged per pixel column; the worst state shows.
              let px = -1, cls = -1;
              for (let i = firstVisible(lane.rowStart[r], hi, view0); i < hi && start[i] <= view1; i++) {
                if (end[i] < view0) continue;
                const x0 = GUTTER + (start[i] - view0) * pxPerNs, x1 = GUTTER + (end[i] - view0) * pxPerNs;
                const c = colorClass(i);
                if (x1 - x0 < 1) {
                  const p = Math.floor(x0);
                  if (p === px) { if (c > cls) cls = c; continue; }
                  if (px >= 0) { rects[cls].push(px, ry, 1); bars++; }
                  px = p; cls = c; continue;
                }
                const a = Math.max(GUTTER, x0), b = Math.min(width, x1);
                rects[c].push(a, ry, b - a); bars++;
                if (b - a > 40) labels.push(["bar", i, a + 3, ry + ROW / 2, b - a - 6]);
                if (i === selected) marks.push(["selected", a, ry, b - a]);
              }
              if (px >= 0) { rects[cls].push(px, ry, 1); bars++; }
            }
          }
          CLASSES.forEach((c, k) => {
            const list = rects[k];
            if (!list.length) return;
            ctx.fillStyle = COLORS[c];
            ctx.beginPath();
            for (let j = 0; j < list.length; j += 3) ctx.rect(list[j], list[j + 1], Math.max(1, list[j + 2]), ROW);
            ctx.fill();
          });
          ctx.fillStyle = "#111";
          for (const label of labels) {
            if (label[0] !== "bar") continue;
            const [, i, x, y, w] = label;
            ctx.save(); ctx.beginPath(); ctx.rect(x, y - ROW / 2, w, ROW); ctx.clip();
            ctx.fillText(taskLabel(i), x, y); ctx.restore();
          }
          for (const [, x, y, w] of marks) {
            ctx.strokeStyle = "#000"; ctx.lineWidth = 2; ctx.strokeRect(x - 1, y - 1, Math.max(1, w) + 2, ROW + 2);
          }
          // Findings: a triangle above the bar (or on the lane) at the moment that proves them.
          ctx.fillStyle = COLORS.finding;
          for (const f of data.findings) {
            if (f.ts === null) continue;
            let y;
            if (f.task >= 0) y = lanes[laneOf[f.task]].y + LANE_PAD / 2 + rowOf[f.task] * (ROW + ROW_GAP);
            else if (f.lane >= 0) y = lanes[f.lane].y + LANE_PAD / 2;
            else continue;
            y -= top;
            const x = X(f.ts);
            if (x < GUTTER || x > width || y < AXIS_H - 4 || y > height) continue;
            ctx.beginPath(); ctx.moveTo(x - 5, y - 2); ctx.lineTo(x + 5, y - 2); ctx.lineTo(x, y + 6); ctx.closePath();
            ctx.fill();
          }
          // Gutter and axis drawn last, over anything that scrolled under them.
          ctx.fillStyle = "#f3f5f7"; ctx.fillRect(0, 0, GUTTER, height);
          ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, width, AXIS_H);
          for (const label of labels) {
            if (label[0] === "process") {
              ctx.fillStyle = "#1d2b3a"; ctx.font = "bold 12px system-ui, sans-serif";
              ctx.fillText(clip(processLabel(label[1]), GUTTER + 400), 6, label[2] + PROCESS_H / 2);
              ctx.strokeStyle = "#c6ccd3"; ctx.beginPath(); ctx.moveTo(0, label[2] + 0.5); ctx.lineTo(width, label[2] + 0.5); ctx.stroke();
            } else if (label[0] === "lane") {
              ctx.fillStyle = "#333"; ctx.font = "11px system-ui, sans-serif";
              ctx.fillText(clip(laneLabel(label[1]), GUTTER - 16), 14, label[2] + LANE_PAD / 2 + ROW / 2);
            }
          }
          drawAxis();
          canvas.dataset.bars = bars;
          canvas.dataset.view = Math.round(view0) + "-" + Math.round(view1);
        }
        function clip(text, px) {
          if (ctx.measureText(text).width <= px) return text;
          let lo = 0, hi = text.length;
          while (lo < hi) { const m = (lo + hi + 1) >> 1; if (ctx.measureText(text.slice(0, m) + "\\u2026").width <= px) lo = m; else hi = m - 1; }
          return text.slice(0, lo) + "\\u2026";
        }
        function drawAxis() {
          ctx.strokeStyle = "#c6ccd3"; ctx.beginPath(); ctx.moveTo(0, AXIS_H - 0.5); ctx.lineTo(width, AXIS_H - 0.5); ctx.stroke();
          const range = view1 - view0;
          let step = Math.pow(10, Math.floor(Math.log10(range / 8)));
          for (const k of [2, 5, 10]) if (range / step > 10) step = Math.pow(10, Math.floor(Math.log10(range / 8))) * k;
          ctx.fillStyle = "#333"; ctx.font = "11px system-ui, sans-serif";
          for (let t = Math.ceil(view0 / step) * step; t <= view1; t += step) {
            const x = X(t);
            ctx.fillRect(x, AXIS_H - 6, 1, 6);
            ctx.fillText(duration(Math.round(t)), x + 3, AXIS_H / 2);
          }
          ctx.fillStyle = "#555"; ctx.fillText("time since the first task", 6, AXIS_H / 2);
        }

        function setView(a, b) {
          const minSpan = 1000;
          if (b - a < minSpan) { const c = (a + b) / 2; a = c - minSpan / 2; b = c + minSpan / 2; }
          const w = b - a;
          if (w >= span) { a = 0; b = span; } else { if (a < 0) { a = 0; b = w; } if (b > span) { b = span; a = span - w; } }
          view0 = a; view1 = b;
          requestDraw();
        }
        let frame = 0;
        function requestDraw() { if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); }); }
        function zoom(factor, atX) {
          const t = atX === undefined ? (view0 + view1) / 2 : timeAt(atX);
          setView(t - (t - view0) * factor, t + (view1 - t) * factor);
        }
        function pan(fraction) { const w = view1 - view0; setView(view0 + w * fraction, view1 + w * fraction); }
        $("zoom-in").addEventListener("click", () => zoom(0.5));
        $("zoom-out").addEventListener("click", () => zoom(2));
        $("zoom-reset").addEventListener("click", () => setView(0, span));
        scroller.addEventListener("scroll", requestDraw);
        scroller.addEventListener("wheel", (e) => {
          const x = e.clientX - canvas.getBoundingClientRect().left;
          if (e.ctrlKey || e.metaKey) { e.preventDefault(); zoom(Math.exp(e.deltaY * 0.002), x); }
          else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
            e.preventDefault(); pan((e.shiftKey ? e.deltaY : e.deltaX) / plotWidth());
          }
        }, { passive: false });
        scroller.addEventListener("keydown", (e) => {
          const keys = { w: () => zoom(0.7), "+": () => zoom(0.7), "=": () => zoom(0.7), s: () => zoom(1 / 0.7),
                         "-": () => zoom(1 / 0.7), a: () => pan(-0.2), ArrowLeft: () => pan(-0.2), d: () => pan(0.2),
                         ArrowRight: () => pan(0.2), "0": () => setView(0, span) };
          if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
        });
        let drag = null;
        canvas.addEventListener("mousedown", (e) => { drag = { x: e.clientX, v0: view0, v1: view1, moved: false }; });
        window.addEventListener("mouseup", () => { if (drag) canvas.style.cursor = "grab"; setTimeout(() => { drag = null; }); });
        window.addEventListener("mousemove", (e) => {
          if (drag && e.buttons) {
            const dx = e.clientX - drag.x;
            if (Math.abs(dx) > 2) { drag.moved = true; canvas.style.cursor = "grabbing"; }
            const dt = (dx / plotWidth()) * (drag.v1 - drag.v0);
            setView(drag.v0 - dt, drag.v1 - dt);
            return;
          }
          hover(e);
        });
        function taskAt(clientX, clientY) {
          const rect = canvas.getBoundingClientRect();
          const x = clientX - rect.left, y = clientY - rect.top + scroller.scrollTop;
          if (x < GUTTER || y - scroller.scrollTop < AXIS_H) return -1;
          const item = layout.find((it) => it.lane !== undefined && y >= it.y && y < it.y + it.h);
          if (!item) return -1;
          const lane = lanes[item.lane];
          const r = Math.floor((y - item.y - LANE_PAD / 2) / (ROW + ROW_GAP));
          if (r < 0 || r >= lane.rows.length) return -1;
          const slack = 3 * (view1 - view0) / plotWidth(), t = timeAt(x);
          let best = -1;
          const hi = lane.rowStart[r + 1];
          for (let i = firstVisible(lane.rowStart[r], hi, t - slack); i < hi && start[i] <= t + slack; i++) {
            if (end[i] >= t - slack) best = i;
          }
          return best;
        }
        function hover(e) {
          const tip = $("tooltip");
          if (e.target !== canvas) { tip.hidden = true; return; }
          const i = taskAt(e.clientX, e.clientY);
          if (i < 0) { tip.hidden = true; return; }
          tip.textContent = taskLabel(i) + "\\n" + STATES[state[i]] + (exceptionOf.has(i) ? " (" + exceptionOf.get(i) + ")" : "") +
            ", " + duration(end[i] - start[i]) + (state[i] === 0 ? ", until " + ENDINGS[ending[i]] : "") +
            (findingsOf.has(i) ? "\\n" + findingsOf.get(i).map((k) => data.findings[k].rule).join(", ") : "");
          tip.style.left = e.clientX + 14 + "px"; tip.style.top = e.clientY + 14 + "px"; tip.hidden = false;
        }
        canvas.addEventListener("mouseleave", () => { $("tooltip").hidden = true; });
        canvas.addEventListener("click", (e) => {
          if (drag && drag.moved) return;
          const i = taskAt(e.clientX, e.clientY);
          if (i >= 0) location.hash = "task=" + ids[i];
        });
        window.addEventListener("resize", resize);

        // ---- Detail: a task's story, or a finding that has no task ----
        function taskLink(i) { return el("a", { href: "#task=" + ids[i] }, taskLabel(i)); }
        function stackList(lines) {
          return lines && lines.length ? el("ol", { class: "mono" }, ...lines.map((l) => el("li", {}, l))) : "none recorded";
        }
        // A finding's story: its related places, each linked to the task it names when that task is shown.
        function storyList(f) {
          return el("ul", { class: "story mono" }, ...f.related.map(([text, task, awaited]) =>
            el("li", awaited ? { class: "awaited" } : {}, text,
               !awaited && task >= 0 && task !== selected ? el("span", {}, " \\u2192 ", taskLink(task)) : "")));
        }
        function showTask(i) {
          selected = i;
          const body = $("detail-body");
          body.replaceChildren();
          const lane = lanes[laneOf[i]];
          const stateText = STATES[state[i]] + (exceptionOf.has(i) ? ": " + exceptionOf.get(i) : "");
          const dl = el("dl", {});
          const row = (label, ...value) => dl.append(el("dt", {}, label), el("dd", {}, ...value));
          row("State", el("span", { class: "state state-" + STATES[state[i]] }, stateText));
          row("Task id", String(ids[i]));
          row("Coroutine", str(T.coro[i]) || "?");
          row("Process", processLabel(lane.process));
          row("Loop", laneLabel(lane));
          row("Test", T.test[i] >= 0 ? data.tests[T.test[i]].nodeid : "(outside tests)");
          row("Created", at(start[i]) + (T.site[i] >= 0 ? " at " : ""), T.site[i] >= 0 ? el("span", { class: "mono" }, siteText(T.site[i])) : "");
          row(state[i] === 0 ? "Never finished" : "Finished",
            at(end[i]) + (state[i] === 0 ? ": " + ENDINGS[ending[i]] + " while it was pending" : ""));
          row("Lifetime", duration(end[i] - start[i]));
          const cancel = cancelOf.get(i);
          if (cancel) {
            row("Cancelled", at(cancel.ts) + " by ", cancel.by >= 0 ? taskLink(cancel.by) : "code outside any task",
              cancel.site >= 0 ? el("div", { class: "mono" }, "at " + siteText(cancel.site)) : "");
          }
          body.append(el("h3", {}, taskLabel(i)), dl);
          const found = findingsOf.get(i) || [];
          if (found.length) {
            body.append(el("h4", {}, "Findings"), el("ul", {}, ...found.map((k) => el("li", {},
              el("span", { class: "sev-" + data.findings[k].severity }, data.findings[k].rule), ": ", data.findings[k].message,
              storyList(data.findings[k])))));
          }
          const chain = [];
          for (let p = T.parent[i], guard = 0; p >= 0 && guard < 1000; p = T.parent[p], guard++) chain.push(p);
          body.append(el("h4", {}, "Parent chain"), chain.length
            ? el("ol", {}, ...chain.map((p) => el("li", {}, taskLink(p), " ", el("span", { class: "state-" + STATES[state[p]] }, STATES[state[p]]))))
            : el("p", {}, "No parent task (created outside any task, or its parent was not recorded)."));
          const children = [];
          for (let k = 0; k < n && children.length < 51; k++) if (T.parent[k] === i) children.push(k);
          if (children.length) {
            body.append(el("h4", {}, "Children" + (children.length > 50 ? " (first 50)" : "")),
              el("ul", {}, ...children.slice(0, 50).map((c) => el("li", {}, taskLink(c)))));
          }
          const stack = T.site[i] >= 0 ? data.sites[T.site[i]][3] : null;
          body.append(el("h4", {}, "Creation stack"), stackList(stack ? stack.split("\\n") : []));
          $("detail").hidden = false;
          highlightRows((f) => f.task === i);
          reveal(i);
          requestDraw();
        }
        function showFinding(k) {
          const f = data.findings[k];
          if (!f) return;
          if (f.task >= 0) return showTask(f.task);
          selected = -1;
          const rule = ruleByID.get(f.rule);
          const body = $("detail-body");
          body.replaceChildren();
          const dl = el("dl", {});
          const row = (label, ...value) => dl.append(el("dt", {}, label), el("dd", {}, ...value));
          row("Rule", el("span", { class: "sev-" + f.severity }, f.rule + " (" + f.severity + ")"));
          row("Object", f.object || "?");
          row("Where", el("span", { class: "mono" }, (f.file || "?") + (f.line ? ":" + f.line : "") + (f.function ? " in " + f.function : "")));
          row("Test", f.test || "(outside tests)");
          row("Process", "pid " + (f.pid === null ? "?" : f.pid) + (f.thread ? ", thread " + f.thread : ""));
          row("When", at(f.ts));
          if (f.traces) row("Seen in", f.traces);
          body.append(el("h3", {}, f.message), dl);
          if (f.related.length) body.append(el("h4", {}, "Story"), storyList(f));
          if (rule) body.append(el("h4", {}, "Fix"), el("p", {}, rule.fix));
          body.append(el("h4", {}, "Stack"), stackList(f.stack));
          $("detail").hidden = false;
          highlightRows((g) => g === f);
          requestDraw();
        }
        function highlightRows(match) {
          for (const tr of $("findings").tBodies[0].rows) {
            const k = tr.dataset.finding;
            tr.classList.toggle("selected", k !== undefined && match(data.findings[k]));
          }
        }
        // Brings a task's bar into view: zoomed out enough to see it, scrolled to its lane.
        function reveal(i) {
          const w = Math.max(end[i] - start[i], 1000);
          if (start[i] < view0 || end[i] > view1 || view1 - view0 > w * 50) setView(start[i] - w * 0.5, end[i] + w * 0.5);
          const y = lanes[laneOf[i]].y + rowOf[i] * (ROW + ROW_GAP);
          if (y < scroller.scrollTop + AXIS_H || y > scroller.scrollTop + height - ROW) scroller.scrollTop = Math.max(0, y - height / 3);
        }
        function route() {
          const m = /^#(task|finding)=(\\d+)$/.exec(location.hash);
          if (!m) { $("detail").hidden = true; selected = -1; highlightRows(() => false); requestDraw(); return; }
          if (m[1] === "finding") return showFinding(Number(m[2]));
          const id = Number(m[2]);
          for (let i = 0; i < n; i++) if (ids[i] === id) return showTask(i);
        }
        $("detail-close").addEventListener("click", () => { history.replaceState(null, "", location.pathname); route(); });
        window.addEventListener("hashchange", route);

        // ---- Await graphs: each snapshot's waiting tasks on a circle, an arrow to each task one waits on ----
        function svg(tag, props, ...children) {
          const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
          for (const [key, value] of Object.entries(props || {})) node.setAttribute(key, value);
          for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
          return node;
        }
        function renderHangs() {
          const hangs = data.hangs || [];
          if (!hangs.length) return;
          $("hangs-section").hidden = false;
          $("hangs-link").hidden = false;
          $("hangs-section").dataset.hangs = hangs.length;
          for (const [h, hang] of hangs.entries()) {
            const count = hang.nodes.length;
            const size = Math.max(220, Math.min(640, 90 * count)), r = count > 1 ? size / 2 - 70 : 0, c = size / 2;
            const x = (k) => c + r * Math.cos(2 * Math.PI * k / count - Math.PI / 2);
            const y = (k) => c + r * Math.sin(2 * Math.PI * k / count - Math.PI / 2);
            const graph = svg("svg", { width: size, height: size, viewBox: "0 0 " + size + " " + size, role: "img" });
            for (const [a, b, cycle] of hang.edges) {
              if (a === b) {
                graph.append(svg("circle", { cx: x(a), cy: y(a) - 26, r: 12, class: "self" + (cycle ? " cycle" : "") }));
                continue;
              }
              // Bent to its left, so that two tasks waiting on each other show two arrows.
              const dx = x(b) - x(a), dy = y(b) - y(a), length = Math.hypot(dx, dy) || 1;
              const mx = (x(a) + x(b)) / 2 + 18 * dy / length, my = (y(a) + y(b)) / 2 - 18 * dx / length;
              // From the rim of one circle to the rim of the other, where the arrow's tip sits.
              const rim = (px, py, qx, qy, d) => {
                const l = Math.hypot(qx - px, qy - py) || 1;
                return [px + d * (qx - px) / l, py + d * (qy - py) / l];
              };
              const [sx, sy] = rim(x(a), y(a), mx, my, 17), [ex, ey] = rim(x(b), y(b), mx, my, 18);
              // The arrowhead: a triangle at the tip, along the curve's last direction (no marker: the page
              // references nothing, not even its own fragments).
              const l = Math.hypot(ex - mx, ey - my) || 1, ux = (ex - mx) / l, uy = (ey - my) / l;
              const head = [[ex, ey], [ex - 10 * ux - 5 * uy, ey - 10 * uy + 5 * ux], [ex - 10 * ux + 5 * uy, ey - 10 * uy - 5 * ux]];
              graph.append(svg("path", { d: "M " + sx + " " + sy + " Q " + mx + " " + my + " " + ex + " " + ey,
                class: "edge" + (cycle ? " cycle" : "") }),
                svg("polygon", { points: head.map((p) => p.join(",")).join(" "), class: "head" + (cycle ? " cycle" : "") }));
            }
            for (const [k, [task, label, waits, cycle]] of hang.nodes.entries()) {
              const dot = svg("circle", { cx: x(k), cy: y(k), r: 16, class: cycle ? "cycle" : "", "data-task": task },
                svg("title", {}, label + " waits on " + waits));
              if (task >= 0) dot.addEventListener("click", () => { location.hash = "#task=" + ids[task]; });
              graph.append(dot, svg("text", { x: x(k), y: y(k) + 30, "text-anchor": "middle" }, label));
            }
            const title = at(hang.at) + ": " + hang.reason.replace("_", " ") + (hang.detail ? " (" + hang.detail + ")" : "")
              + ", loop " + hang.loop + ": " + hang.state;
            $("hangs").append(el("div", { class: "hang", "data-cycle": hang.edges.some((e) => e[2]) ? "true" : "false" },
              el("h4", {}, title), graph,
              el("ul", { class: "mono" }, ...hang.nodes.map(([task, label, waits, cycle]) =>
                el("li", cycle ? { class: "sev-error" } : {}, label + " waits on " + waits)))));
          }
        }

        renderFindings();
        renderTests();
        renderHangs();
        resize();
        route();
        document.body.dataset.ready = "true";
        })();
        """
}
