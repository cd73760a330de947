/* Briefing search: a classic script (no fetch, no modules, no workers), so it works from file://.
 * On every page: "/" focuses the search box. On search.html: reads the index that
 * search-index*.js files push onto window.BRIEFING_SEARCH, answers as you type, and moves through
 * results with the arrow keys. Without JavaScript the search page lists the indexes instead. */
(function () {
  "use strict";

  /* The words of this script in the page's language: a JSON block each page carries, rendered
     from the catalogue (no fetch, so it works from file://); English when the block is missing. */
  var WORDS = (function () {
    var block = document.getElementById("briefing-messages");
    try { return block ? JSON.parse(block.textContent) : {}; } catch (error) { return {}; }
  }());
  function say(key, english, values, count) {
    var text = WORDS[key], forms = Array.isArray(english) ? english : [english];
    if (Array.isArray(text)) {
      text = text[WORDS._plural === "none" ? 0 : (count === 1 ? 0 : 1)];
    } else if (typeof text !== "string") {
      text = forms[forms.length > 1 && count !== 1 ? 1 : 0];
    }
    return text.replace(/%\((\w+)\)[sd]/g, function (whole, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  var RESULT_LIMIT = 50;
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 220;

  /* Case, dash and quote differences do not count; every character keeps its position, so a match
     found in the folded text can be highlighted in the original. */
  var DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
  var SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
  var DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

  function fold(text) {
    var plain = text.replace(DASHES, "-").replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
    var lower = plain.toLowerCase();
    if (lower.length === plain.length) {
      return lower;
    }
    var out = "";  /* rare: a letter whose lower case is longer (e.g. U+0130); keep it as it is */
    for (var i = 0; i < plain.length; i++) {
      var one = plain[i].toLowerCase();
      out += one.length === 1 ? one : plain[i];
    }
    return out;
  }

  function queryTerms(query) {
    var seen = {};
    return fold(query).split(/\s+/).filter(function (term) {
      if (!term || seen[term]) {
        return false;
      }
      seen[term] = true;
      return true;
    }).sort(function (a, b) { return b.length - a.length; });
  }

  function Index() {
    this.docs = [];
    this.kinds = [];
    this.routes = [];
    this.parts = [];
    this.total = 0;
    this.loadedParts = 0;
    this.expectedParts = 1;
  }

  Index.prototype.add = function (part) {
    if (part.kinds) {
      this.kinds = part.kinds;
      this.routes = part.routes;
      this.parts = part.parts;
      this.total = part.total;
    }
    this.expectedParts = part.of;
    this.loadedParts += 1;
    for (var i = 0; i < part.docs.length; i++) {
      var d = part.docs[i];
      /* One folded string per document, title, meta and body in that order: one indexOf per
         term both finds it and tells in which field it first occurs. */
      this.docs.push({kind: d[0], id: d[1], title: d[2], meta: d[3], body: d[4],
                      folded: fold(d[2] + "\n" + d[3] + "\n" + d[4]),
                      metaStart: d[2].length + 1, bodyStart: d[2].length + d[3].length + 2});
    }
  };

  Index.prototype.href = function (doc) {
    var route = this.routes[doc.kind];
    return route[0] + encodeURIComponent(doc.id) + route[1];
  };

  function startsWord(text, at) {
    return at === 0 || /[\s"'(\[\-\/\u201C]/.test(text[at - 1]);
  }

  /* Every term must occur somewhere in the document; title matches weigh most, whole-word and
     whole-phrase matches more than fragments. */
  Index.prototype.search = function (query) {
    var terms = queryTerms(query);
    if (!terms.length) {
      return [];
    }
    var phrase = fold(query.trim());
    var hits = [];
    for (var i = 0; i < this.docs.length; i++) {
      var doc = this.docs[i];
      var score = 0;
      var ok = true;
      for (var t = 0; t < terms.length; t++) {
        var at = doc.folded.indexOf(terms[t]);
        if (at < 0) {
          ok = false;
          break;
        }
        var whole = startsWord(doc.folded, at);
        if (at < doc.metaStart) {
          score += whole ? 12 : 6;
        } else if (at < doc.bodyStart) {
          score += whole ? 4 : 2;
        } else {
          score += whole ? 3 : 1;
        }
      }
      if (!ok) {
        continue;
      }
      if (doc.metaStart - 1 === phrase.length && doc.folded.lastIndexOf(phrase, 0) === 0) {
        score += 40;  /* the query is the whole title */
      } else if (terms.length > 1 && doc.folded.indexOf(phrase) >= 0) {
        score += 10;
      }
      hits.push({doc: doc, score: score, order: i});
    }
    hits.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return hits;
  };

  /* The part of `text` to show: a window around the first match, or the start. */
  function snippet(text, folded, terms) {
    if (text.length <= SNIPPET_LENGTH) {
      return text;
    }
    var first = -1;
    for (var t = 0; t < terms.length; t++) {
      var at = folded.indexOf(terms[t]);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    var start = Math.max(0, first - SNIPPET_BEFORE);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    var out = text.slice(start, end);
    return (start > 0 ? "…" : "") + out + (end < text.length ? "…" : "");
  }

  /* Append `text` to `element`, with every occurrence of a term wrapped in <mark>. Text nodes only:
     nothing from the index is ever parsed as HTML. */
  function highlight(element, text, terms) {
    var folded = fold(text);
    var marks = [];
    terms.forEach(function (term) {
      var from = 0;
      var at;
      while ((at = folded.indexOf(term, from)) >= 0) {
        marks.push([at, at + term.length]);
        from = at + term.length;
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var position = 0;
    marks.forEach(function (mark) {
      if (mark[0] < position) {
        return;  /* overlaps a longer term already marked */
      }
      element.appendChild(document.createTextNode(text.slice(position, mark[0])));
      var node = document.createElement("mark");
      node.textContent = text.slice(mark[0], mark[1]);
      element.appendChild(node);
      position = mark[1];
    });
    element.appendChild(document.createTextNode(text.slice(position)));
  }

  var KIND_LABELS = {fact: say("search.kind.fact", "Fact"), source: say("search.kind.source", "Source"),
                     entity: say("search.kind.entity", "Entity"), topic: say("search.kind.topic", "Topic")};

  function renderResults(index, query, list, status, showAll) {
    var hits = index.search(query);
    var terms = queryTerms(query);
    list.textContent = "";
    var loading = index.loadedParts < index.expectedParts ?
      say("search.loading", " (still loading the index: %(loaded)s of %(expected)s parts)",
          {loaded: index.loadedParts, expected: index.expectedParts}) : "";
    if (!terms.length) {
      status.textContent = say("search.prompt", "Type to search %(total)s facts, sources, entities and topics.",
                               {total: index.total}) + loading;
      return;
    }
    var shown = showAll ? hits : hits.slice(0, RESULT_LIMIT);
    shown.forEach(function (hit) {
      var doc = hit.doc;
      var kind = index.kinds[doc.kind];
      var item = document.createElement("li");
      item.className = "search-result search-result--" + kind;
      var label = document.createElement("span");
      label.className = "search-kind";
      label.textContent = KIND_LABELS[kind] || kind;
      var link = document.createElement("a");
      link.href = index.href(doc);
      highlight(link, doc.title, terms);
      var heading = document.createElement("p");
      heading.className = "search-title";
      heading.appendChild(label);
      heading.appendChild(document.createTextNode(" "));
      heading.appendChild(link);
      item.appendChild(heading);
      if (doc.meta) {
        var meta = document.createElement("p");
        meta.className = "search-meta";
        highlight(meta, doc.meta, terms);
        item.appendChild(meta);
      }
      if (doc.body) {
        var body = document.createElement("p");
        body.className = "search-snippet";
        highlight(body, snippet(doc.body, doc.folded.slice(doc.bodyStart), terms), terms);
        item.appendChild(body);
      }
      list.appendChild(item);
    });
    var values = {count: hits.length, query: query.trim(), shown: shown.length};
    status.textContent = (hits.length ?
      say("search.results", ["%(count)s result for “%(query)s”", "%(count)s results for “%(query)s”"], values, hits.length) :
      say("search.none", "No results for “%(query)s”", values)) +
      (shown.length < hits.length ? say("search.first", ", showing the first %(shown)s", values) : "") + "." + loading;
    if (shown.length < hits.length) {
      var more = document.createElement("li");
      more.className = "search-more";
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = say("search.all", "Show all %(count)s results", {count: hits.length});
      button.addEventListener("click", function () {
        renderResults(index, query, list, status, true);
        var links = list.querySelectorAll(".search-title a");
        if (links[shown.length]) {
          links[shown.length].focus();
        }
      });
      more.appendChild(button);
      list.appendChild(more);
    }
  }

  function resultLinks(list) {
    return Array.prototype.slice.call(list.querySelectorAll(".search-title a, .search-more button"));
  }

  function rememberQuery(query) {
    try {  /* some browsers refuse history changes on file:// pages; the search works regardless */
      var url = new URL(window.location.href);
      if (query) {
        url.searchParams.set("q", query);
      } else {
        url.searchParams.delete("q");
      }
      window.history.replaceState(null, "", url.href);
    } catch (error) { /* nothing to do */ }
  }

  function loadRemainingParts(index, onPart) {
    var next = 0;
    function loadNext() {
      if (next >= index.parts.length) {
        return;
      }
      var script = document.createElement("script");
      script.src = index.parts[next];
      next += 1;
      script.onload = function () {
        drain(index);
        onPart();
        loadNext();
      };
      script.onerror = function () { onPart(script.src); };
      document.body.appendChild(script);
    }
    loadNext();
  }

  /* Index parts arrive by pushing onto window.BRIEFING_SEARCH; take them over. */
  function drain(index) {
    var queue = window.BRIEFING_SEARCH || [];
    while (queue.length) {
      index.add(queue.shift());
    }
  }

  function setUpSearchPage(input) {
    var form = document.getElementById("search-form");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var notice = document.getElementById("search-nojs");
    if (!window.BRIEFING_SEARCH || !window.BRIEFING_SEARCH.length) {
      status.textContent = say("search.unavailable",
        "The search index (search-index.js) could not be loaded. Use the indexes below.");
      return;
    }
    var index = new Index();
    drain(index);
    form.hidden = false;
    notice.hidden = true;
    var refresh = function (failed) {
      if (failed) {
        status.textContent = say("search.partial",
          "Part of the search index could not be loaded (%(failed)s); results are incomplete.", {failed: failed});
        return;
      }
      renderResults(index, input.value, list, status, false);
    };
    input.addEventListener("input", function () {
      renderResults(index, input.value, list, status, false);
      rememberQuery(input.value.trim());
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();  /* Enter opens the best result rather than reloading the page */
      var links = resultLinks(list);
      if (links.length && links[0].href) {
        window.location.href = links[0].href;
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var links = resultLinks(list);
        if (links.length) {
          event.preventDefault();
          links[0].focus();
        }
      } else if (event.key === "Escape" && input.value) {
        input.value = "";
        renderResults(index, "", list, status, false);
        rememberQuery("");
      }
    });
    list.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
        return;
      }
      var links = resultLinks(list);
      var at = links.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      event.preventDefault();
      if (event.key === "ArrowDown" && at + 1 < links.length) {
        links[at + 1].focus();
      } else if (event.key === "ArrowUp") {
        (at === 0 ? input : links[at - 1]).focus();
      }
    });
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    renderResults(index, input.value, list, status, false);
    input.focus();
    loadRemainingParts(index, refresh);
  }

  function isTyping(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (target && target.isContentEditable);
  }

  function start() {
    var pageInput = document.getElementById("search-q");
    var headerInput = document.getElementById("site-search-q");
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) {
        return;
      }
      var box = pageInput || headerInput;
      if (box) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });
    if (pageInput) {
      setUpSearchPage(pageInput);
    }
  }

  window.BriefingSearch = {fold: fold, terms: queryTerms, Index: Index, snippet: snippet};
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
