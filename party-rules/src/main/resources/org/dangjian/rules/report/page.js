// What every page of party-audit (the audit report, the what-if) shares: drawing under a guard that
// reports the outcome on <body> (data-ready="ok" | "errors" | "failed", data-errors: what went
// wrong), and the helpers that make elements. Data text is only ever set as text, never as HTML.
var Page = (function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';

  /** Runs {@code main} once; the page's outcome and any script error are written on <body>. */
  function run(main) {
    var body = document.body;
    var errors = [];
    function noteError(message) {
      errors.push(String(message));
      body.setAttribute('data-errors', errors.join(' | '));
    }
    window.addEventListener('error', function (e) { noteError(e.message || 'script error'); });
    try {
      main(JSON.parse(document.getElementById('report-data').textContent));
      body.setAttribute('data-ready', errors.length ? 'errors' : 'ok');
    } catch (e) {
      noteError((e && e.stack) || e);
      body.setAttribute('data-ready', 'failed');
    }
  }

  /** An element with attributes and children (strings become text nodes: never HTML). */
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (children === undefined || children === null) { return e; }
    (Array.isArray(children) ? children : [children]).forEach(function (c) {
      e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  /** An SVG element with attributes. */
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }

  /** A drop-down of [value, text] options. */
  function select(id, options) {
    var s = el('select', { id: id });
    options.forEach(function (o) { s.appendChild(el('option', { value: o[0] }, o[1])); });
    return s;
  }

  function labelled(text, control) { return el('label', {}, [text, control]); }

  /**
   * The subtrees of {@code orgs} (id → {children: [ids]}): a function from an id to the set of it and
   * every organization below it, each worked out once. Cycles in bad data end the walk, not the page.
   */
  function subtrees(orgs) {
    var cache = {};
    return function (id) {
      if (cache[id]) { return cache[id]; }
      var set = {}; var stack = [id];
      while (stack.length) {
        var x = stack.pop();
        if (set[x]) { continue; }
        set[x] = true;
        (orgs[x] ? orgs[x].children : []).forEach(function (c) { stack.push(c); });
      }
      cache[id] = set;
      return set;
    };
  }

  /**
   * The organization tree as nested lists, each organization a link (onPick(id) on a click) and a
   * count: count(id) is the count's first text, open(id, depth) whether its branch starts open.
   * Returns the list, and by id each item and each count (to mark and refill them).
   */
  function tree(orgs, roots, onPick, count, open) {
    var items = {}, counts = {};
    function node(id, depth) {
      var o = orgs[id];
      var link = el('a', { href: '#org=' + encodeURIComponent(id) }, o.name);
      link.addEventListener('click', function (e) { e.preventDefault(); onPick(id); });
      var c = el('span', { 'class': 'count' }, count(id));
      counts[id] = c;
      var li = el('li', { 'data-org': id });
      items[id] = li;
      if (o.children.length) {
        var det = el('details', open(id, depth) ? { open: 'open' } : {});
        det.appendChild(el('summary', {}, [link, c]));
        var ul = el('ul', {});
        o.children.forEach(function (child) { ul.appendChild(node(child, depth + 1)); });
        det.appendChild(ul);
        li.appendChild(det);
      } else {
        li.appendChild(el('div', { 'class': 'leaf' }, [link, c]));
      }
      return li;
    }
    var root = el('ul', { 'class': 'tree' });
    roots.forEach(function (r) { root.appendChild(node(r, 0)); });
    return { root: root, items: items, counts: counts };
  }

  return { run: run, el: el, svgEl: svgEl, select: select, labelled: labelled, subtrees: subtrees, tree: tree, SVG: SVG };
})();
