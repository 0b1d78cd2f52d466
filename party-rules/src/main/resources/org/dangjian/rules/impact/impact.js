// The what-if page (规则调整影响分析): draws the embedded impact data (totals, the rules' before and
// after counts, a chart, the tree, the findings that would appear and disappear) and filters it.
// Plain JavaScript, no library, no network; data text is only ever set as textContent. The URL
// hash holds the filters (#change=appeared&severity=MEDIUM&rule=TRN-001&org=b-1), and the page sets
// data-ready="ok" on <body> once drawn.
(function () {
  'use strict';
  var el = Page.el, svgEl = Page.svgEl, select = Page.select, labelled = Page.labelled;
  Page.run(main);

  function main(data) {
    var W = data.words;
    var SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO'];
    var app = document.getElementById('app');
    var rows = data.appeared.map(function (f) { f.change = 'appeared'; return f; })
      .concat(data.disappeared.map(function (f) { f.change = 'disappeared'; return f; }));

    // ---- organizations: names, children, subtrees
    var orgs = {};
    var roots = [];
    data.organizations.forEach(function (o) { orgs[o.id] = { id: o.id, name: o.name, parent: o.parentId || '', children: [], o: o }; });
    data.organizations.forEach(function (o) {
      if (o.parentId && orgs[o.parentId]) { orgs[o.parentId].children.push(o.id); } else { roots.push(o.id); }
    });
    var subtree = Page.subtrees(orgs);
    function orgName(id) { return orgs[id] ? orgs[id].name : id; }

    var state = { change: '', severity: '', rule: '', org: '', sub: '1', q: '' };
    function matches(f) {
      if (state.change && f.change !== state.change) { return false; }
      if (state.severity && f.severity !== state.severity) { return false; }
      if (state.rule && f.ruleId !== state.rule) { return false; }
      if (state.org && (state.sub === '1' ? !subtree(state.org)[f.organizationId] : f.organizationId !== state.org)) { return false; }
      if (state.q) {
        var hay = (f.message + ' ' + f.ruleId + ' ' + f.subjectId + ' ' + f.subjectName + ' ' + orgName(f.organizationId)).toLowerCase();
        if (hay.indexOf(state.q.toLowerCase()) < 0) { return false; }
      }
      return true;
    }

    // ---- totals and severities (a click filters)
    var summary = el('section', { id: 'summary' }, [el('h2', {}, W.total)]);
    var cards = el('div', { 'class': 'cards' });
    [['before', data.total.before], ['after', data.total.after], ['appeared', data.total.appeared],
      ['disappeared', data.total.disappeared]].forEach(function (c) {
      var card = el('div', { 'class': 'card', id: 'card-' + c[0] }, [el('span', { 'class': 'n' }, String(c[1])), W[c[0]]]);
      if (c[0] === 'appeared' || c[0] === 'disappeared') {
        card.addEventListener('click', function () { setState({ change: state.change === c[0] ? '' : c[0] }); });
      }
      cards.appendChild(card);
    });
    summary.appendChild(cards);
    var sevTable = table([W.severity, W.before, W.after, W.appeared, W.disappeared], 'severity-table');
    SEVERITIES.forEach(function (s) {
      var c = data.bySeverity[s];
      if (!c.before && !c.after) { return; }
      var tr = el('tr', { 'class': 'clickable sev-' + s, 'data-severity': s }, [el('td', {}, [el('span', { 'class': 'badge' }, data.severityText[s])])]
        .concat(nums(c)));
      tr.addEventListener('click', function () { setState({ severity: state.severity === s ? '' : s }); });
      sevTable.tb.appendChild(tr);
    });
    summary.appendChild(sevTable.t);
    if (data.parameters.length) {
      var pt = table([W.parameters, W.before, W.after], 'parameter-table', true);
      data.parameters.forEach(function (p) {
        pt.tb.appendChild(el('tr', {}, [el('td', {}, p.name), el('td', {}, p.before || '—'), el('td', {}, p.after || '—')]));
      });
      summary.appendChild(pt.t);
    } else {
      summary.appendChild(el('p', { 'class': 'muted' }, W.noParameters));
    }
    app.appendChild(summary);

    // ---- rules with before and after counts (a click filters)
    var ruleBox = el('section', { id: 'by-rule' }, [el('h2', {}, W.byRule)]);
    var rt = table([W.rule, W.before, W.after, W.appeared, W.disappeared, W.reworded], 'rule-table');
    data.rules.forEach(function (r) {
      var tr = el('tr', { 'class': 'clickable rule-row' + (r.appeared || r.disappeared ? ' changed' : ''), 'data-rule': r.ruleId },
        [el('td', {}, [el('span', { 'class': 'badge sev-' + r.severity }, data.severityText[r.severity]), ' ', r.ruleId + ' ' + r.title])]
          .concat(nums(r)).concat([el('td', { 'class': 'num' }, String(r.reworded))]));
      tr.addEventListener('click', function () { setState({ rule: state.rule === r.ruleId ? '' : r.ruleId }); });
      rt.tb.appendChild(tr);
    });
    if (!data.rules.length) { rt.tb.appendChild(el('tr', {}, [el('td', { 'class': 'empty', colspan: '6' }, W.none)])); }
    ruleBox.appendChild(rt.t);

    // ---- chart: appearing and disappearing by organization (the subtree's, the most changed first)
    var grid = el('div', { 'class': 'grid' });
    var chartBox = el('section', { id: 'by-org' }, [el('h2', {}, W.chart)]);
    var treeBox = el('section', { id: 'tree' }, [el('h2', {}, W.byOrg)]);
    grid.appendChild(chartBox);
    grid.appendChild(treeBox);
    app.appendChild(ruleBox);
    app.appendChild(grid);
    var ranked = data.organizations.filter(function (o) { return o.own.appeared || o.own.disappeared; })
      .sort(function (a, b) { return (b.own.appeared + b.own.disappeared) - (a.own.appeared + a.own.disappeared) || (a.id < b.id ? -1 : 1); })
      .slice(0, 20);
    var NS = Page.SVG;
    var svg = document.createElementNS(NS, 'svg');
    var rowH = 22; var labelW = 200; var barW = 320;
    svg.setAttribute('class', 'chart'); svg.setAttribute('id', 'org-chart');
    svg.setAttribute('viewBox', '0 0 ' + (labelW + barW + 80) + ' ' + Math.max(rowH, ranked.length * rowH));
    var max = 1;
    ranked.forEach(function (o) { max = Math.max(max, o.own.appeared, o.own.disappeared); });
    ranked.forEach(function (o, i) {
      var g = svgEl('g', { 'class': 'bar', 'data-org': o.id });
      var label = svgEl('text', { x: 0, y: i * rowH + 15, 'class': 'label' });
      label.textContent = o.name.length > 14 ? o.name.slice(0, 14) + '…' : o.name;
      g.appendChild(label);
      var wa = Math.round(barW * o.own.appeared / max); var wd = Math.round(barW * o.own.disappeared / max);
      g.appendChild(svgEl('rect', { x: labelW, y: i * rowH + 3, width: wa, height: 8, fill: '#dc2626' }));
      g.appendChild(svgEl('rect', { x: labelW, y: i * rowH + 12, width: wd, height: 8, fill: '#047857' }));
      var n = svgEl('text', { x: labelW + Math.max(wa, wd) + 6, y: i * rowH + 15 });
      n.textContent = '+' + o.own.appeared + ' −' + o.own.disappeared;
      g.appendChild(n);
      g.addEventListener('click', function () { setState({ org: o.id, sub: '0' }); });
      svg.appendChild(g);
    });
    chartBox.appendChild(ranked.length ? svg : el('p', { 'class': 'empty' }, W.none));

    // ---- the tree with the subtree's counts
    function changed(id) { var t = orgs[id].o.subtree; return t.appeared || t.disappeared; }
    var built = Page.tree(orgs, roots, function (id) { setState({ org: id, sub: '1' }); },
        function (id) { var t = orgs[id].o.subtree; return changed(id) ? '+' + t.appeared + ' −' + t.disappeared : ''; },
        function (id, depth) { return depth < 2 || changed(id); });
    var treeItems = built.items, treeRoot = built.root;
    treeBox.appendChild(treeRoot);

    // ---- filters and the list of changes
    var listBox = el('section', { id: 'changes' }, [el('h2', {}, W.appearedList + ' / ' + W.disappearedList)]);
    var filters = el('div', { 'class': 'filters', id: 'filters' });
    var fChange = select('f-change', [['', W.all], ['appeared', W.appeared], ['disappeared', W.disappeared]]);
    var fSeverity = select('f-severity', [['', W.all]].concat(SEVERITIES.map(function (s) { return [s, data.severityText[s]]; })));
    var fRule = select('f-rule', [['', W.all]].concat(data.rules.filter(function (r) { return r.appeared || r.disappeared; })
      .map(function (r) { return [r.ruleId, r.ruleId]; })));
    var orgOptions = [['', W.all]];
    (function walk(ids, depth) {
      ids.forEach(function (id) {
        orgOptions.push([id, new Array(depth + 1).join('\u3000') + orgs[id].name]);
        walk(orgs[id].children, depth + 1);
      });
    })(roots, 0);
    var fOrg = select('f-org', orgOptions);
    var fSub = el('input', { type: 'checkbox', id: 'f-sub', checked: 'checked' });
    var fQ = el('input', { type: 'search', id: 'f-q' });
    var reset = el('button', { type: 'button', id: 'f-reset' }, W.reset);
    filters.appendChild(labelled(W.change, fChange));
    filters.appendChild(labelled(W.severity, fSeverity));
    filters.appendChild(labelled(W.rule, fRule));
    filters.appendChild(labelled(W.organization, fOrg));
    filters.appendChild(el('label', { 'class': 'inline' }, [fSub, W.withSubtree]));
    filters.appendChild(labelled(W.search, fQ));
    filters.appendChild(reset);
    filters.appendChild(el('span', { 'class': 'shown' }, [W.shown, ' ', el('b', { id: 'shown-count' }, '0'), ' / ', String(rows.length)]));
    listBox.appendChild(filters);
    [fChange, fSeverity, fRule, fOrg, fSub].forEach(function (c) { c.addEventListener('change', fromControls); });
    fQ.addEventListener('input', fromControls);
    reset.addEventListener('click', function () { setState({ change: '', severity: '', rule: '', org: '', sub: '1', q: '' }); });
    var lt = table([W.change, W.severity, W.rule, W.organization, W.subject, W.message], 'change-table', true);
    listBox.appendChild(lt.t);
    app.appendChild(listBox);
    if (!rows.length) { listBox.appendChild(el('p', { 'class': 'empty' }, W.noChange)); }
    app.appendChild(el('p', { 'class': 'muted', id: 'shared' }, W.shared + (data.derivedAgain.length ? data.derivedAgain.join(', ') : W.none)));

    function fromControls() {
      setState({ change: fChange.value, severity: fSeverity.value, rule: fRule.value, org: fOrg.value,
        sub: fSub.checked ? '1' : '0', q: fQ.value });
    }
    function setState(change) {
      Object.keys(change).forEach(function (k) { state[k] = change[k]; });
      var parts = [];
      Object.keys(state).forEach(function (k) {
        if (state[k] && !(k === 'sub' && state[k] === '1')) { parts.push(k + '=' + encodeURIComponent(state[k])); }
      });
      var h = parts.length ? '#' + parts.join('&') : '';
      if (location.hash !== h) {
        try { history.replaceState(null, '', h || location.pathname + location.search); } catch (e) { location.hash = h; }
      }
      apply();
    }
    function readHash() {
      var s = { change: '', severity: '', rule: '', org: '', sub: '1', q: '' };
      location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
        if (!pair) { return; }
        var i = pair.indexOf('=');
        var k = decodeURIComponent(i < 0 ? pair : pair.slice(0, i));
        var v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
        if (Object.prototype.hasOwnProperty.call(s, k)) { s[k] = k === 'severity' ? v.toUpperCase() : v; }
      });
      return s;
    }
    window.addEventListener('hashchange', function () { state = readHash(); apply(); });

    function apply() {
      fChange.value = state.change; fSeverity.value = state.severity; fRule.value = state.rule; fOrg.value = state.org;
      fSub.checked = state.sub !== '0'; if (fQ.value !== state.q) { fQ.value = state.q; }
      ['appeared', 'disappeared'].forEach(function (c) { document.getElementById('card-' + c).classList.toggle('active', state.change === c); });
      Array.prototype.forEach.call(document.querySelectorAll('tr[data-rule]'), function (tr) {
        tr.classList.toggle('sel', tr.getAttribute('data-rule') === state.rule);
      });
      Object.keys(treeItems).forEach(function (id) { treeItems[id].classList.toggle('sel', id === state.org); });
      while (lt.tb.firstChild) { lt.tb.removeChild(lt.tb.firstChild); }
      var n = 0;
      rows.forEach(function (f) {
        if (!matches(f)) { return; }
        n++;
        var subject = f.subjectName && f.subjectName !== f.subjectId ? f.subjectName + '（' + f.subjectId + '）' : f.subjectId;
        lt.tb.appendChild(el('tr', { 'class': 'change ' + f.change + ' sev-' + f.severity, 'data-org': f.organizationId,
          'data-rule': f.ruleId, 'data-subject': f.subjectId },
          [el('td', {}, [el('span', { 'class': 'tag ' + (f.change === 'appeared' ? 'NEW' : 'RESOLVED') }, W[f.change])]),
            el('td', {}, [el('span', { 'class': 'badge' }, f.severityText)]),
            el('td', {}, f.ruleId), el('td', {}, orgName(f.organizationId)), el('td', { 'class': 'subject' }, subject),
            el('td', {}, [el('div', { 'class': 'msg' }, f.message), el('div', { 'class': 'clause' }, f.clause || '')])]));
      });
      document.getElementById('shown-count').textContent = String(n);
    }
    state = readHash();
    apply();

    function nums(c) {
      return [c.before, c.after, c.appeared, c.disappeared].map(function (x) { return el('td', { 'class': 'num' }, String(x)); });
    }
    function table(heads, id, text) {
      var t = el('table', { id: id });
      t.appendChild(el('thead', {}, [el('tr', {}, heads.map(function (h, i) { return el('th', i && !text ? { 'class': 'num' } : {}, h); }))]));
      var tb = el('tbody', {});
      t.appendChild(tb);
      return { t: t, tb: tb };
    }
  }
})();
