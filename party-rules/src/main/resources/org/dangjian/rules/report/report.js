// The audit report page: renders the embedded report data (summary, chart, tree, findings) and
// filters it. Plain JavaScript, no library, no network. Data text is only ever set as textContent,
// never parsed as HTML. The URL hash holds the filters (#severity=HIGH&area=TRN&org=c-1), so a
// filtered view can be bookmarked or sent, and it goes through the same apply() as the controls.
(function () {
  'use strict';
  var COLORS = { CRITICAL: '#7f1d1d', HIGH: '#dc2626', MEDIUM: '#d97706', LOW: '#2563eb', INFO: '#6b7280' };
  var body = document.body;
  var el = Page.el, svgEl = Page.svgEl, select = Page.select, labelled = Page.labelled;
  Page.run(main);

  function main(data) {
    var L = labels(data.lang);
    var SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];
    var PAGE = 500;
    var app = document.getElementById('app');
    var findings = data.findings;
    var reviewed = !!data.baseline;
    var anyWaiver = findings.some(function (f) { return f.waiver || f.expiredWaiver; });

    // ---- organizations: names, children, subtrees
    var orgs = {};
    var order = [];
    data.orgs.forEach(function (o) { if (!orgs[o.id]) { orgs[o.id] = { id: o.id, name: o.name, parent: o.parent || '', children: [] }; order.push(o.id); } });
    findings.concat(data.resolved).forEach(function (f) {
      var id = f.organizationId;
      if (!orgs[id]) { orgs[id] = { id: id, name: id === '' ? L.noOrg : id, parent: '', children: [] }; order.push(id); }
    });
    var roots = [];
    order.forEach(function (id) {
      var o = orgs[id];
      if (o.parent && orgs[o.parent] && o.parent !== id) { orgs[o.parent].children.push(id); } else { roots.push(id); }
    });
    var subtree = Page.subtrees(orgs);
    function orgName(id) { return orgs[id] ? orgs[id].name : id; }

    // ---- state and the one filter function
    var state = { severity: '', area: '', org: '', sub: '1', status: '', q: '' };
    var shownLimit = PAGE;
    function matches(f, ignoreOrg) {
      if (state.severity && f.severity !== state.severity) { return false; }
      if (state.area && f.area !== state.area) { return false; }
      if (!ignoreOrg && state.org) {
        if (state.sub === '1' ? !subtree(state.org)[f.organizationId] : f.organizationId !== state.org) { return false; }
      }
      if (state.status) {
        if (state.status === 'waived' && !f.waiver) { return false; }
        if (state.status === 'open' && f.waiver) { return false; }
        if ((state.status === 'NEW' || state.status === 'PERSISTING') && f.status !== state.status) { return false; }
      }
      if (state.q) {
        var hay = (f.message + ' ' + f.ruleId + ' ' + f.subjectId + ' ' + f.subjectName + ' ' + orgName(f.organizationId)
          + ' ' + (f.period || '')).toLowerCase();
        if (hay.indexOf(state.q.toLowerCase()) < 0) { return false; }
      }
      return true;
    }

    // ---- page skeleton
    var summary = el('section', { id: 'summary' }, [el('h2', {}, L.summary)]);
    var cards = el('div', { 'class': 'cards' });
    summary.appendChild(cards);
    var grid = el('div', { 'class': 'grid' });
    var areaBox = el('section', { id: 'by-area' }, [el('h2', {}, L.byArea)]);
    var chartBox = el('section', { id: 'by-org' }, [el('h2', {}, L.byOrg)]);
    grid.appendChild(areaBox);
    grid.appendChild(chartBox);
    var treeBox = el('section', { id: 'tree' }, [el('h2', {}, L.tree)]);
    var listBox = el('section', { id: 'findings' }, [el('h2', {}, L.findings)]);
    app.appendChild(summary);
    app.appendChild(grid);
    app.appendChild(treeBox);
    app.appendChild(listBox);

    // ---- summary cards (whole report; a click filters by severity)
    // INFO findings are progress and metrics: the total counts the problems (CRITICAL to LOW) apart from them.
    var problems = findings.filter(function (f) { return f.severity !== 'INFO'; }).length;
    var total = el('div', { 'class': 'card', id: 'card-all' }, [el('span', { 'class': 'n' }, String(problems)), L.total]);
    total.addEventListener('click', function () { setState({ severity: '' }); });
    cards.appendChild(total);
    SEVERITIES.forEach(function (s) {
      var n = findings.filter(function (f) { return f.severity === s; }).length;
      var c = el('div', { 'class': 'card sev-' + s, id: 'card-' + s, 'data-severity': s },
        [el('span', { 'class': 'n' }, String(n)), L.sev[s]]);
      c.addEventListener('click', function () { setState({ severity: state.severity === s ? '' : s }); });
      cards.appendChild(c);
    });
    if (anyWaiver) {
      cards.appendChild(el('div', { 'class': 'card' }, [el('span', { 'class': 'n' },
        String(findings.filter(function (f) { return f.waiver; }).length)), L.waived]));
    }
    if (reviewed) {
      ['NEW', 'PERSISTING'].forEach(function (st) {
        var c = el('div', { 'class': 'card' }, [el('span', { 'class': 'n' },
          String(findings.filter(function (f) { return f.status === st; }).length)), L[st]]);
        c.addEventListener('click', function () { setState({ status: state.status === st ? '' : st }); });
        cards.appendChild(c);
      });
      cards.appendChild(el('div', { 'class': 'card' }, [el('span', { 'class': 'n' }, String(data.resolved.length)), L.RESOLVED]));
    }
    summary.appendChild(el('p', { 'class': 'muted' }, L.rulesLine(data.rulesEvaluated, data.notEvaluated.length)));

    // ---- by area (whole report; a click filters by area)
    var areaTable = el('table', {});
    var head = el('tr', {}, [el('th', {}, L.area)]);
    SEVERITIES.forEach(function (s) { head.appendChild(el('th', { 'class': 'num' }, s)); });
    head.appendChild(el('th', { 'class': 'num' }, L.totalShort));
    areaTable.appendChild(el('thead', {}, [head]));
    var areaBody = el('tbody', {});
    data.areas.forEach(function (a) {
      var mine = findings.filter(function (f) { return f.area === a.code; });
      if (!mine.length) { return; }
      var tr = el('tr', { 'class': 'clickable', 'data-area': a.code }, [el('td', {}, a.code + ' ' + a.name)]);
      SEVERITIES.forEach(function (s) {
        tr.appendChild(el('td', { 'class': 'num' }, String(mine.filter(function (f) { return f.severity === s; }).length)));
      });
      tr.appendChild(el('td', { 'class': 'num' }, String(mine.length)));
      tr.addEventListener('click', function () { setState({ area: state.area === a.code ? '' : a.code }); });
      areaBody.appendChild(tr);
    });
    if (!areaBody.firstChild) { areaBody.appendChild(el('tr', {}, [el('td', { 'class': 'empty', colspan: '7' }, L.none)])); }
    areaTable.appendChild(areaBody);
    areaBox.appendChild(areaTable);
    var chartHolder = el('div', {});
    chartBox.appendChild(chartHolder);

    // ---- the organization tree with counts
    // counts filled in when the filters change (below)
    var built = Page.tree(orgs, roots, function (id) { setState({ org: id, sub: '1' }); },
        function () { return null; }, function (id, depth) { return depth < 2; });
    var treeCounts = built.counts, treeItems = built.items, treeRoot = built.root;
    treeBox.appendChild(el('p', { 'class': 'muted' }, L.treeNote));
    treeBox.appendChild(treeRoot);

    // ---- filters
    var filters = el('div', { 'class': 'filters', id: 'filters' });
    var fSeverity = select('f-severity', [['', L.all]].concat(SEVERITIES.map(function (s) { return [s, L.sev[s]]; })));
    var fArea = select('f-area', [['', L.all]].concat(data.areas.filter(function (a) {
      return findings.some(function (f) { return f.area === a.code; });
    }).map(function (a) { return [a.code, a.code + ' ' + a.name]; })));
    var orgOptions = [['', L.all]];
    (function walk(ids, depth) {
      ids.forEach(function (id) {
        orgOptions.push([id, new Array(depth + 1).join('\u3000') + orgs[id].name]);
        walk(orgs[id].children, depth + 1);
      });
    })(roots, 0);
    var fOrg = select('f-org', orgOptions);
    var fSub = el('input', { type: 'checkbox', id: 'f-sub', checked: 'checked' });
    var statusOptions = [['', L.all]];
    if (reviewed) { statusOptions.push(['NEW', L.NEW], ['PERSISTING', L.PERSISTING]); }
    if (anyWaiver) { statusOptions.push(['open', L.notWaived], ['waived', L.waived]); }
    var fStatus = select('f-status', statusOptions);
    var fQ = el('input', { type: 'search', id: 'f-q', placeholder: L.searchHint });
    var reset = el('button', { type: 'button', id: 'f-reset' }, L.reset);
    var shown = el('span', { 'class': 'shown' }, [L.shown, ' ', el('b', { id: 'shown-count' }, '0'), ' / ',
      el('span', { id: 'total-count' }, String(findings.length))]);
    filters.appendChild(labelled(L.severity, fSeverity));
    filters.appendChild(labelled(L.area, fArea));
    filters.appendChild(labelled(L.org, fOrg));
    filters.appendChild(el('label', { 'class': 'inline' }, [fSub, L.includeSub]));
    if (statusOptions.length > 1) { filters.appendChild(labelled(L.status, fStatus)); }
    filters.appendChild(labelled(L.search, fQ));
    filters.appendChild(reset);
    filters.appendChild(shown);
    listBox.appendChild(filters);
    [fSeverity, fArea, fOrg, fSub, fStatus].forEach(function (c) { c.addEventListener('change', fromControls); });
    fQ.addEventListener('input', fromControls);
    reset.addEventListener('click', function () { setState({ severity: '', area: '', org: '', sub: '1', status: '', q: '' }); });

    var table = el('table', { id: 'finding-table' });
    table.appendChild(el('thead', {}, [el('tr', {}, [el('th', {}, L.severity), el('th', {}, L.rule), el('th', {}, L.subject),
      el('th', {}, L.period), el('th', {}, L.message), el('th', {}, L.status)])]));
    var tbody = el('tbody', { id: 'finding-rows' });
    table.appendChild(tbody);
    listBox.appendChild(table);
    var more = el('button', { type: 'button', 'class': 'more', id: 'show-more' }, L.more);
    more.addEventListener('click', function () { shownLimit += PAGE; apply(); });
    listBox.appendChild(more);

    // ---- resolved findings, expired waivers, rules not evaluated
    if (reviewed) {
      var rs = el('section', { id: 'resolved' }, [el('h2', {}, L.resolvedTitle + ' (' + data.resolved.length + ')'),
        el('p', { 'class': 'muted' }, L.baselineLine(data.baseline.asOf))]);
      var rt = el('table', {});
      rt.appendChild(el('thead', {}, [el('tr', {}, [el('th', {}, L.severity), el('th', {}, L.rule), el('th', {}, L.subject),
        el('th', {}, L.period), el('th', {}, L.message)])]));
      var rb = el('tbody', {});
      data.resolved.forEach(function (f) {
        rb.appendChild(el('tr', { 'class': 'resolved-finding' }, [sevCell(f), ruleCell(f), subjectCell(f),
          el('td', { 'class': 'period' }, f.periodText || f.period || ''), el('td', {}, [el('div', { 'class': 'msg' }, f.message)])]));
      });
      if (!data.resolved.length) { rb.appendChild(el('tr', {}, [el('td', { 'class': 'empty', colspan: '5' }, L.noneResolved)])); }
      rt.appendChild(rb);
      rs.appendChild(rt);
      app.appendChild(rs);
    }
    if (data.expiredWaivers.length) {
      var ws = el('section', { id: 'expired-waivers' }, [el('h2', {}, L.expiredTitle + ' (' + data.expiredWaivers.length + ')')]);
      var wt = el('table', {});
      wt.appendChild(el('thead', {}, [el('tr', {}, [el('th', {}, L.rule), el('th', {}, L.subject), el('th', {}, L.period),
        el('th', {}, L.justification), el('th', {}, L.approvedBy), el('th', {}, L.expires), el('th', {}, L.source)])]));
      var wb = el('tbody', {});
      data.expiredWaivers.forEach(function (w) {
        wb.appendChild(el('tr', {}, [el('td', {}, w.ruleId), el('td', {}, w.subjectId), el('td', {}, w.period || L.allPeriods),
          el('td', {}, w.justification), el('td', {}, w.approvedBy), el('td', {}, w.expires), el('td', {}, w.source)]));
      });
      wt.appendChild(wb);
      ws.appendChild(wt);
      app.appendChild(ws);
    }
    if (data.notEvaluated.length) {
      var ns = el('section', { id: 'not-evaluated' }, [el('h2', {}, L.notEvaluated + ' (' + data.notEvaluated.length + ')')]);
      var nl = el('ul', {});
      data.notEvaluated.forEach(function (n) { nl.appendChild(el('li', {}, n.ruleId + ' ' + (data.rules[n.ruleId] || '') + '：' + n.reason)); });
      ns.appendChild(nl);
      app.appendChild(ns);
    }
    if (data.subjectsNotJudged.length) {
      var js = el('section', { id: 'not-judged' }, [el('h2', {}, L.notJudged + ' (' + data.subjectsNotJudged.length + ')'),
        el('p', { 'class': 'muted' }, L.notJudgedNote)]);
      var jt = el('table', {}, [el('thead', {}, [el('tr', {}, [el('th', {}, L.rule), el('th', {}, L.subject),
        el('th', {}, L.org), el('th', {}, L.missingFields)])])]);
      var jb = el('tbody', {});
      data.subjectsNotJudged.forEach(function (n) {
        jb.appendChild(el('tr', {}, [el('td', {}, n.ruleId + ' ' + (data.rules[n.ruleId] || '')),
          el('td', {}, n.subjectName && n.subjectName !== n.subjectId ? n.subjectName + '（' + n.subjectId + '）' : n.subjectId),
          el('td', {}, n.organizationId), el('td', {}, n.fields.map(function (f) { return (data.evidenceLabels || {})[f] || f; }).join(L.listSep))]));
      });
      jt.appendChild(jb);
      js.appendChild(jt);
      app.appendChild(js);
    }

    // ---- the filter cycle: hash → state → controls → view
    function fromControls() {
      setState({ severity: fSeverity.value, area: fArea.value, org: fOrg.value, sub: fSub.checked ? '1' : '0',
        status: fStatus.value, q: fQ.value });
    }
    function setState(change) {
      Object.keys(change).forEach(function (k) { state[k] = change[k]; });
      writeHash();
      apply();
    }
    function readHash() {
      var s = { severity: '', area: '', org: '', sub: '1', status: '', q: '' };
      location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
        if (!pair) { return; }
        var i = pair.indexOf('=');
        var k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        var v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
        if (Object.prototype.hasOwnProperty.call(s, k)) { s[k] = k === 'severity' || k === 'area' ? v.toUpperCase() : v; }
      });
      return s;
    }
    function writeHash() {
      var parts = [];
      Object.keys(state).forEach(function (k) {
        if (state[k] && !(k === 'sub' && state[k] === '1')) { parts.push(k + '=' + encodeURIComponent(state[k])); }
      });
      var h = parts.length ? '#' + parts.join('&') : '';
      if (location.hash !== h) {
        try { history.replaceState(null, '', h || location.pathname + location.search); } catch (e) { location.hash = h; }
      }
    }
    window.addEventListener('hashchange', function () { state = readHash(); shownLimit = PAGE; apply(); });

    function apply() {
      fSeverity.value = state.severity; fArea.value = state.area; fOrg.value = state.org;
      fSub.checked = state.sub !== '0'; fStatus.value = state.status; if (fQ.value !== state.q) { fQ.value = state.q; }
      SEVERITIES.concat(['all']).forEach(function (s) {
        var c = document.getElementById('card-' + s);
        if (c) { c.classList.toggle('active', s === 'all' ? !state.severity : state.severity === s); }
      });
      var byOrg = {};
      var shownRows = [];
      findings.forEach(function (f) {
        if (!matches(f, true)) { return; }
        var k = f.organizationId;
        byOrg[k] = byOrg[k] || { total: 0 };
        byOrg[k].total++;
        byOrg[k][f.severity] = (byOrg[k][f.severity] || 0) + 1;
        if (matches(f, false)) { shownRows.push(f); }
      });
      // rows
      while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
      shownRows.slice(0, shownLimit).forEach(function (f) { tbody.appendChild(row(f)); });
      if (!shownRows.length) { tbody.appendChild(el('tr', {}, [el('td', { 'class': 'empty', colspan: '6' }, L.none)])); }
      more.style.display = shownRows.length > shownLimit ? '' : 'none';
      document.getElementById('shown-count').textContent = String(shownRows.length);
      body.setAttribute('data-shown', String(shownRows.length));
      // tree counts: own and with the organizations below, under the filters but the organization's
      order.forEach(function (id) {
        if (!treeCounts[id]) { return; }
        var own = byOrg[id] ? byOrg[id].total : 0;
        var sum = 0;
        Object.keys(subtree(id)).forEach(function (x) { sum += byOrg[x] ? byOrg[x].total : 0; });
        var c = treeCounts[id];
        while (c.firstChild) { c.removeChild(c.firstChild); }
        c.appendChild(el('b', {}, String(own)));
        c.appendChild(document.createTextNode(' / ' + sum));
        c.title = L.own + ' ' + own + ' / ' + L.withSub + ' ' + sum;
        treeItems[id].classList.toggle('sel', state.org === id);
      });
      chart(byOrg);
    }

    function chart(byOrg) {
      var top = Object.keys(byOrg).sort(function (a, b) {
        return byOrg[b].total - byOrg[a].total || (orgName(a) < orgName(b) ? -1 : 1);
      }).slice(0, 15);
      while (chartHolder.firstChild) { chartHolder.removeChild(chartHolder.firstChild); }
      if (!top.length) { chartHolder.appendChild(el('p', { 'class': 'empty' }, L.none)); return; }
      var NS = Page.SVG;
      var rowH = 24, labelW = 190, barW = 360, width = labelW + barW + 50;
      var svg = document.createElementNS(NS, 'svg');
      svg.setAttribute('class', 'chart');
      svg.setAttribute('id', 'org-chart');
      svg.setAttribute('viewBox', '0 0 ' + width + ' ' + (top.length * rowH + 4));
      svg.setAttribute('role', 'img');
      var max = byOrg[top[0]].total;
      top.forEach(function (id, i) {
        var g = document.createElementNS(NS, 'g');
        g.setAttribute('class', 'bar' + (state.org === id ? ' sel' : ''));
        g.setAttribute('data-org', id);
        var y = i * rowH + 2;
        var bg = svgEl('rect', { 'class': 'bg', x: 0, y: y, width: width, height: rowH, fill: 'transparent' });
        g.appendChild(bg);
        var name = orgName(id);
        var label = svgEl('text', { 'class': 'label', x: labelW - 6, y: y + 16, 'text-anchor': 'end' });
        label.textContent = name.length > 14 ? name.slice(0, 13) + '…' : name;
        var title = document.createElementNS(NS, 'title');
        title.textContent = name + '：' + byOrg[id].total;
        g.appendChild(title);
        g.appendChild(label);
        var x = labelW;
        SEVERITIES.forEach(function (s) {
          var n = byOrg[id][s] || 0;
          if (!n) { return; }
          var w = Math.max(1, n / max * barW);
          g.appendChild(svgEl('rect', { x: x, y: y + 4, width: w, height: rowH - 8, fill: COLORS[s] }));
          x += w;
        });
        var num = svgEl('text', { x: x + 6, y: y + 16 });
        num.textContent = String(byOrg[id].total);
        g.appendChild(num);
        g.addEventListener('click', function () { setState({ org: state.org === id ? '' : id, sub: '0' }); });
        svg.appendChild(g);
      });
      chartHolder.appendChild(svg);
    }

    function row(f) {
      var msg = el('td', {}, [el('div', { 'class': 'msg' }, f.message)]);
      if (f.measured !== undefined || f.expected !== undefined) {
        // The words of the report's language (实际87.5% · 要求不低于90%); the codes only for an old report.
        var measured = f.measuredText || (f.measured !== undefined ? String(f.measured) : '—');
        var expected = f.expectedText || (f.expected !== undefined ? L.expected + ' ' + f.expected : '');
        msg.appendChild(el('div', { 'class': 'measure' }, L.measured + ' ' + measured + (expected ? ' · ' + expected : '')));
      }
      msg.appendChild(el('div', { 'class': 'clause' }, L.clause + '：' + f.clause));
      var ev = Object.keys(f.evidence || {});
      if (ev.length) {
        var list = el('ul', {});
        var labels = data.evidenceLabels || {};
        // The values in words (学历：高中, 2020年第三季度); the codes only for an old report.
        var words = f.evidenceText || f.evidence;
        ev.forEach(function (k) { list.appendChild(el('li', {}, (labels[k] || k) + (data.lang === 'en' ? ': ' : '：') + (words[k] || f.evidence[k]).join(data.lang === 'en' ? ', ' : '、'))); });
        msg.appendChild(el('details', { 'class': 'ev' }, [el('summary', {}, L.evidence + ' (' + ev.length + ')'), list]));
      }
      var tags = el('td', {});
      if (f.status) { tags.appendChild(el('span', { 'class': 'tag ' + f.status }, L[f.status])); }
      if (f.waiver) {
        tags.appendChild(el('span', { 'class': 'tag waived', title: L.justification + '：' + f.waiver.justification + '\n'
          + L.approvedBy + '：' + f.waiver.approvedBy + '\n' + L.expires + '：' + f.waiver.expires }, L.waived));
        tags.appendChild(el('div', { 'class': 'clause' }, f.waiver.justification + '（' + f.waiver.approvedBy + '，'
          + L.expires + ' ' + f.waiver.expires + '）'));
      }
      if (f.expiredWaiver) {
        tags.appendChild(el('span', { 'class': 'tag expired', title: f.expiredWaiver.source }, L.expiredWaiver + ' ' + f.expiredWaiver.expires));
      }
      if (f.progress) { tags.appendChild(el('span', { 'class': 'tag progress' }, L.progress)); }
      return el('tr', { 'class': 'finding sev-' + f.severity, 'data-severity': f.severity, 'data-area': f.area,
        'data-org': f.organizationId }, [sevCell(f), ruleCell(f), subjectCell(f), el('td', { 'class': 'period' }, f.periodText || f.period || ''), msg, tags]);
    }
    function sevCell(f) { return el('td', {}, [el('span', { 'class': 'badge sev-' + f.severity }, f.severityText || L.sev[f.severity])]); }
    function ruleCell(f) { return el('td', { title: data.rules[f.ruleId] || '' }, [f.ruleId, el('br', {}), el('small', { 'class': 'muted' }, data.rules[f.ruleId] || '')]); }
    function subjectCell(f) {
      var td = el('td', { 'class': 'subject' }, [f.subjectName || f.subjectId, el('br', {}), el('small', {}, f.subjectId)]);
      if (f.organizationId && f.organizationId !== f.subjectId) { td.appendChild(el('br', {})); td.appendChild(el('small', {}, orgName(f.organizationId))); }
      return td;
    }

    state = readHash();
    apply();
  }

  function labels(lang) {
    var sevZh = { CRITICAL: '严重', HIGH: '高', MEDIUM: '中', LOW: '低', INFO: '提示' };
    var sevEn = { CRITICAL: 'Critical', HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low', INFO: 'Info' };
    if (lang === 'en') {
      return {
        sev: sevEn, summary: 'Summary', total: 'problems (information apart)', totalShort: 'Total', byArea: 'By area',
        byOrg: 'Findings by organization (top 15, under the filters)', tree: 'Organizations',
        treeNote: 'Findings of the organization itself / with those below it, under the filters. Click to filter.',
        findings: 'Findings', severity: 'Severity', area: 'Area', org: 'Organization', includeSub: 'with those below',
        status: 'Status', search: 'Search', searchHint: 'name, id, rule…', all: 'All', reset: 'Clear filters',
        shown: 'Showing', rule: 'Rule', subject: 'Subject', period: 'Period', message: 'Finding', measured: 'measured',
        expected: 'expected', clause: 'Clause', evidence: 'Evidence', NEW: 'new', PERSISTING: 'persisting',
        RESOLVED: 'resolved', waived: 'waived', notWaived: 'not waived', progress: 'progress', none: 'No finding matches.',
        noneResolved: 'Nothing resolved since the baseline.', more: 'Show more', own: 'own', withSub: 'with those below',
        expiredWaiver: 'waiver expired', justification: 'Justification', approvedBy: 'Approved by', expires: 'Expires',
        source: 'Written in', allPeriods: 'all periods', noOrg: '(no organization)',
        resolvedTitle: 'Resolved: in the baseline, not in this report', expiredTitle: 'Expired waivers (they no longer waive)',
        notEvaluated: 'Rules not evaluated',
        notJudged: 'Subjects not judged', missingFields: 'Fields left out', listSep: ', ',
        notJudgedNote: 'The dataset leaves out a field these rules need for them: they were neither passed nor raised.',
        rulesLine: function (n, m) { return n + ' rules evaluated, ' + m + ' not evaluated.'; },
        baselineLine: function (d) { return 'Baseline: the report as of ' + d + '.'; }
      };
    }
    return {
      sev: sevZh, summary: '汇总', total: '问题（不含提示）', totalShort: '合计', byArea: '按检查领域',
      byOrg: '按组织统计问题（前 15 个，按当前筛选）', tree: '组织树',
      treeNote: '本级问题数 / 含下级问题数（按当前筛选）。点击组织名称筛选。',
      findings: '问题清单', severity: '严重程度', area: '检查领域', org: '组织', includeSub: '含下级组织',
      status: '状态', search: '搜索', searchHint: '姓名、编号、规则…', all: '全部', reset: '清除筛选',
      shown: '显示', rule: '规则', subject: '对象', period: '期间', message: '问题', measured: '实际',
      expected: '要求', clause: '依据', evidence: '证据', NEW: '新增', PERSISTING: '仍存在',
      RESOLVED: '已整改', waived: '已豁免', notWaived: '未豁免', progress: '年度进度', none: '没有符合条件的问题。',
      noneResolved: '与基线相比没有已整改的问题。', more: '显示更多', own: '本级', withSub: '含下级',
      expiredWaiver: '豁免已过期', justification: '理由', approvedBy: '批准人', expires: '有效期至',
      source: '所在位置', allPeriods: '所有期间', noOrg: '（无所属组织）',
      resolvedTitle: '已整改：上次报告有、本次报告没有的问题', expiredTitle: '已过期的豁免（不再豁免）',
      notEvaluated: '未评估的规则',
      notJudged: '未能评估的对象', missingFields: '缺少的字段', listSep: '、',
      notJudgedNote: '数据未提供规则评估所需的字段，这些对象既未判定合格，也未列为问题。',
      rulesLine: function (n, m) { return '已评估规则' + n + '条，未评估' + m + '条。'; },
      baselineLine: function (d) { return '基线：截至' + d + '的审计报告。'; }
    };
  }
})();
