/* Briefing search: a classic script (no fetch, no modules, no workers), so it works from file://.
 * On every page: "/" focuses the search box. On search.html: reads the root index file, loads
 * the main file of each segment it lists (its vocabulary, its documents' lengths and filters),
 * loads the shards a query needs by adding <script> elements (search/<segment>/t-N.js: postings
 * of a range of terms; search/<segment>/d-N.js: documents), answers as you type, and moves
 * through results with the arrow keys. Without JavaScript the search page lists the indexes instead. Words are normalised exactly as briefing/search.py does. */
(function () {
  "use strict";

  /* The page's words in its language: assets/messages.js, which every page loads first. */
  var say = window.briefingSay;

  var PAGE_SIZE = 10;          /* results drawn at once; "Show more" draws the next ones */
  var PREFIX_LIMIT = 50;       /* completions of a word being typed, most frequent first */
  var FUZZY_LIMIT = 30;        /* close spellings of a word, closest first */
  var QUERY_SHOWN = 100;       /* characters of the query repeated in the status and the title */
  var PHRASE_CHECK = 300;      /* hits whose documents are read to find a phrase in quotes */
  var QUIET_MS = 700;          /* a pause in typing this long lets the result count be announced */
  var SNIPPET_BEFORE = 60;
  var SNIPPET_LENGTH = 240;
  var WEIGHT = {exact: 1, variant: 0.5, prefix: 0.5, fuzzy1: 0.3, fuzzy2: 0.15};
  var SPLIT_PARTS = 4;         /* a run-together word ("kimjongun") is read as at most this many words */
  var FACETS = ["kind", "topic", "stance", "corroboration", "year"];

  /* --- normalisation and terms (mirrors briefing/search.py: fold, terms(query=True)) ---------- */
  var DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
  var SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u00B4\u02BC]/g;
  var DOUBLE_QUOTES = /[\u201C-\u201F\u2033\u00AB\u00BB]/g;
  var MARKS = /\p{Mn}/gu;
  var WORD = /[\p{L}\p{N}]+/gu;
  var QUERY_WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*-?/gu;
  /* A figure with thousands separators (11,000) or a dotted abbreviation (U.S.), written joined
     (11000, us) as the index also has it. */
  var JOINED = /(?<![\p{L}\p{N}_.,])\p{Nd}{1,3}(?:,\p{Nd}{3})+(?!\p{Nd})|(?<![\p{L}\p{N}_.])(?:\p{L}\.){2,}/gu;
  var TEXT_WORD = /[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*/gu;
  var CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]+/g;
  var HAS_CJK = /[\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]/;

  function fold(text) {
    var out = text.normalize("NFC").replace(DASHES, "-").replace(SINGLE_QUOTES, "'")
      .replace(DOUBLE_QUOTES, '"').toLowerCase();
    if (/^[\x00-\x7F]*$/.test(out)) {
      return out;
    }
    return out.normalize("NFD").replace(MARKS, "").normalize("NFC");
  }

  /* A word as index terms: runs of Hangul, kana or Han as two-character pieces. */
  function pieces(word) {
    if (!HAS_CJK.test(word)) {
      return [word];
    }
    var out = [];
    var at = 0;
    var run;
    CJK.lastIndex = 0;
    while ((run = CJK.exec(word)) !== null) {
      if (run.index > at) {
        out.push(word.slice(at, run.index));
      }
      var chars = run[0];
      if (chars.length === 1) {
        out.push(chars);
      }
      for (var i = 0; i + 1 < chars.length; i++) {
        out.push(chars.slice(i, i + 2));
      }
      at = run.index + chars.length;
    }
    if (at < word.length) {
      out.push(word.slice(at));
    }
    return out;
  }

  /* The terms of a query, in the order typed; identifiers whole (kn-23 → kn23). */
  function queryWords(folded) {
    return folded.replace(JOINED, function (written) { return written.replace(/[.,]/g, ""); }).match(QUERY_WORD) || [];
  }

  function queryTerms(query) {
    var out = [];
    var words = queryWords(fold(query));
    words.forEach(function (word) {
      if (word.indexOf("-") >= 0 && /\d/.test(word) && !HAS_CJK.test(word)) {
        out.push(word.replace(/-/g, ""));
      } else {
        (word.match(WORD) || []).forEach(function (part) {
          out.push.apply(out, pieces(part));
        });
      }
    });
    return out;
  }

  /* Words a result need not contain, when the query has others: they only rank what has them
     higher (English function words); the "s" of a possessive ("Kim Jong Un's") and other endings
     after an apostrophe are left out. */
  var APOSTROPHE_ENDS = {s: true, t: true, d: true, ll: true, re: true, ve: true};
  var STOP_WORDS = {};
  ("a an and are as at be by for from in into is it its of on or than that the this to was were with")
    .split(" ").forEach(function (word) { STOP_WORDS[word] = true; });
  /* Korean particles written after a noun, longest first: "북한이" finds every text about 북한, and
     ranks first the ones that have 북한이. */
  var PARTICLES = ["에서는", "에게서", "으로는", "으로서", "으로써", "에서", "에게", "으로", "까지", "부터",
                   "께서", "한테", "처럼", "보다", "이나", "이랑", "하고", "마저", "조차", "에는", "와는", "과는",
                   "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑"];
  var HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
  var JAMO = /[\u3131-\u318E]/g;

  /* The query as clauses {term, required}, in the order typed: the terms of queryTerms, where a
     Hangul word's particle and, beside other words, a function word are optional. */
  function queryClauses(query) {
    var out = [];
    var folded = fold(query);
    queryWords(folded).forEach(function (word) {
      if (word.indexOf("-") >= 0 && /\d/.test(word) && !HAS_CJK.test(word)) {
        out.push({term: word.replace(/-/g, ""), required: true});
        return;
      }
      (word.match(WORD) || []).forEach(function (part) {
        var stem = null;
        if (HANGUL_WORD.test(part) && part.length >= 3) {
          for (var i = 0; i < PARTICLES.length && stem === null; i++) {
            var particle = PARTICLES[i];
            if (part.length - particle.length >= 2 && part.slice(-particle.length) === particle) {
              stem = part.slice(0, -particle.length);
            }
          }
        }
        var needed = stem === null ? null : pieces(stem);
        pieces(part).forEach(function (piece) {
          out.push({term: piece, required: !needed || needed.indexOf(piece) >= 0});
        });
      });
    });
    var meaningful = out.some(function (clause) { return clause.required && !STOP_WORDS[clause.term]; });
    var byTerm = {};
    return out.filter(function (clause) {
      if (meaningful && APOSTROPHE_ENDS[clause.term] && new RegExp("'" + clause.term + "(?![\\p{L}\\p{N}])", "u").test(folded)) {
        return false;  /* the "s" of "Un's" says nothing of what is searched */
      }
      clause.required = clause.required && !(meaningful && STOP_WORDS[clause.term]);
      var before = byTerm[clause.term];
      if (before) {
        before.required = before.required || clause.required;
        return false;
      }
      byTerm[clause.term] = clause;
      return true;
    });
  }

  function values(object) {
    return Object.keys(object).map(function (key) { return object[key]; });
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (item) {
      if (seen[item]) {
        return false;
      }
      seen[item] = true;
      return true;
    });
  }

  /* Optimal string alignment distance (a swap of neighbours is one edit), or limit + 1 beyond it. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) {
      return limit + 1;
    }
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
        if (previous2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        row.push(value);
        best = Math.min(best, value);
      }
      if (best > limit) {
        return limit + 1;
      }
      previous2 = previous;
      previous = row;
    }
    return previous[b.length];
  }

  /* How many edits a word of this length may have and still match: none up to 3 letters, one
     up to 7, two beyond; never for numbers or Hangul/Han pieces. */
  function editsAllowed(term) {
    if (/^\d+$/.test(term) || HAS_CJK.test(term) || term.length < 4) {
      return 0;
    }
    return term.length >= 8 ? 2 : 1;
  }

  /* --- the index ------------------------------------------------------------------------------ */

  /* The root file lists the segments (a topic or a chunk of one, the entities, the sources with
     their archived passages), each a small index of its own: its vocabulary with document counts,
     its documents' lengths and filters, its term and document shards. Once their main files are
     here they are merged: documents are numbered segment after segment, a word's document count
     is the sum over the segments, so the ranking is the BM25 of the whole briefing. */
  function Index(root) {
    this.main = root;
    this.kinds = root.kinds;
    this.routes = root.routes;
    this.byName = new Map();
    this.segments = root.segments.map(function (entry, number) {
      return {name: entry[0], file: entry[1], number: number, main: null, base: 0,
              termShards: {}, docShards: {}};
    }, this);
    this.segments.forEach(function (segment) { this.byName.set(segment.name, segment); }, this);
    this.pending = {};
    this.broken = {};
    this.waiting = [];
    this.terms = [];
    this.total = 0;
  }

  function lowerBound(list, value) {
    var lo = 0;
    var hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  function shardOf(starts, position) {
    return lowerBound(starts, position + 1) - 1;
  }

  /* Vocabulary entries a query term stands for: [term index, weight, how]. */
  Index.prototype.expand = function (term, asPrefix) {
    var found = [];
    var at = lowerBound(this.terms, term);
    if (this.terms[at] === term) {
      found.push([at, WEIGHT.exact, "exact"]);
    }
    this.variants(term).forEach(function (index) { found.push([index, WEIGHT.variant, "variant"]); });
    if (asPrefix && (term.length >= 2 || HAS_CJK.test(term))) {
      var completions = [];
      for (var i = at; i < this.terms.length && this.terms[i].lastIndexOf(term, 0) === 0; i++) {
        if (this.terms[i] !== term) {
          completions.push(i);
        }
      }
      var df = this.df;
      completions.sort(function (a, b) { return df[b] - df[a] || a - b; });
      completions.slice(0, PREFIX_LIMIT).forEach(function (index) {
        found.push([index, WEIGHT.prefix, "prefix"]);
      });
    }
    var edits = editsAllowed(term);
    if (edits && !found.length) {
      this.near(term, edits).slice(0, FUZZY_LIMIT).forEach(function (near) {
        found.push([near[0], near[1] === 1 ? WEIGHT.fuzzy1 : WEIGHT.fuzzy2, "fuzzy"]);
      });
    }
    return found;
  };

  /* The vocabulary entry of a word, or -1. */
  Index.prototype.find = function (term) {
    var at = lowerBound(this.terms, term);
    return this.terms[at] === term ? at : -1;
  };

  /* The singular or plural of a Latin word of four letters or more, where the vocabulary has it
     ("missiles" → missile, "country" → countries): both forms are the same thing to a reader. */
  Index.prototype.variants = function (term) {
    if (NUMBER_WORDS[term]) {  /* "1 million" finds "one million" and back */
      var other = this.find(NUMBER_WORDS[term]);
      return other >= 0 ? [other] : [];
    }
    if (term.length < 4 || !/^[a-z]+$/.test(term)) {
      return [];
    }
    var forms = [];
    if (/ies$/.test(term)) {
      forms.push(term.slice(0, -3) + "y");
    }
    if (/es$/.test(term)) {
      forms.push(term.slice(0, -2));
    }
    if (/[^s]s$/.test(term)) {
      forms.push(term.slice(0, -1));
    } else {
      forms.push(term + "s", term + "es");
      if (/[^aeiou]y$/.test(term)) {
        forms.push(term.slice(0, -1) + "ies");
      }
    }
    var self = this;
    return unique(forms).map(function (form) { return self.find(form); })
      .filter(function (index) { return index >= 0; });
  };

  var NUMBER_WORDS = {};
  "one two three four five six seven eight nine ten eleven twelve".split(" ").forEach(function (word, i) {
    NUMBER_WORDS[word] = String(i + 1);
    NUMBER_WORDS[String(i + 1)] = word;
  });

  /* A date typed as numbers (2023-09, 2023-09-13, 2023/9) as the page's language writes it
     ("September 2023", "2023년 9월 13일"), which is how the briefing's texts give dates. */
  var ISO_DATE = /(^|[^\p{L}\p{N}])(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?![\p{L}\p{N}])/gu;
  function readDates(query) {
    var language = document.documentElement.lang || "en";
    return query.replace(ISO_DATE, function (all, before, year, month, day) {
      var m = Number(month);
      var d = day ? Number(day) : 1;
      if (m < 1 || m > 12 || d < 1 || d > 31) {
        return all;
      }
      var options = day ? {year: "numeric", month: "long", day: "numeric", timeZone: "UTC"} :
        {year: "numeric", month: "long", timeZone: "UTC"};
      try {
        return before + " " + new Intl.DateTimeFormat(language, options).format(new Date(Date.UTC(+year, m - 1, d))) + " ";
      } catch (error) {
        return all;
      }
    });
  }

  /* A word typed without its spaces ("kimjongun", "northkorea") as the fewest words of two letters
     or more the vocabulary has, or null. */
  Index.prototype.split = function (term) {
    if (term.length < 4 || !/^\p{L}+$/u.test(term) || HAS_CJK.test(term)) {
      return null;
    }
    var best = [[]];
    for (var i = 0; i < term.length; i++) {
      if (!best[i] || best[i].length >= SPLIT_PARTS) {
        continue;
      }
      for (var j = i + 2; j <= term.length; j++) {
        var piece = term.slice(i, j);
        if (this.find(piece) >= 0 && (!best[j] || best[i].length + 1 < best[j].length)) {
          best[j] = best[i].concat([piece]);
        }
      }
    }
    var parts = best[term.length];
    return parts && parts.length > 1 ? parts : null;
  };

  /* Vocabulary entries within `limit` edits of a term: [term index, edits], closest and most frequent first. */
  Index.prototype.near = function (term, limit) {
    var out = [];
    for (var i = 0; i < this.terms.length; i++) {
      var candidate = this.terms[i];
      if (Math.abs(candidate.length - term.length) > limit || candidate === term) {
        continue;
      }
      var d = distance(term, candidate, limit);
      if (d <= limit) {
        out.push([i, d]);
      }
    }
    var df = this.df;
    out.sort(function (a, b) { return a[1] - b[1] || df[b[0]] - df[a[0]] || a[0] - b[0]; });
    return out;
  };

  /* Load every segment's main file, then merge them (`done` once each has arrived or failed). */
  Index.prototype.open = function (done) {
    var self = this;
    this.ensure(this.segments.map(function (segment) { return ["m", segment.number]; }), function () {
      self.merge();
      done();
    });
  };

  Index.prototype.merge = function () {
    var self = this;
    var total = 0;
    var lengthSum = 0;
    this.loaded = this.segments.filter(function (segment) { return segment.main; });
    this.starts = this.loaded.map(function (segment) {
      segment.base = total;
      total += segment.main.total;
      lengthSum += segment.main.lengthSum;
      return segment.base;
    });
    this.total = total;
    this.average = total ? lengthSum / total || 1 : 1;
    this.boost = this.main.kindWeights;
    this.lengths = new Float64Array(total);
    var topicNumber = new Map(this.main.topics.map(function (topic, i) { return [topic[0], i]; }));
    this.facets = {};
    FACETS.forEach(function (facet) { self.facets[facet] = new Int8Array(total); });
    /* The first and last year each document speaks of (-1: none), for the year filter. */
    this.yearFrom = new Int16Array(total).fill(-1);
    this.yearTo = new Int16Array(total).fill(-1);
    var vocabulary = new Map();
    this.loaded.forEach(function (segment) {
      var main = segment.main;
      for (var i = 0; i < main.total; i++) {
        self.lengths[segment.base + i] = main.lengths[i];
      }
      ["from", "to"].forEach(function (end) {
        var years = main.facets[end];
        var into = end === "from" ? self.yearFrom : self.yearTo;
        for (var i = 0; years && i < main.total; i++) {
          into[segment.base + i] = years[i] === "-" ? -1 : years.charCodeAt(i) - 48 + main.yearBase;
        }
      });
      FACETS.forEach(function (facet) {
        var values = main.facets[facet];
        var into = self.facets[facet];
        if (facet === "year") {
          return;
        }
        for (var i = 0; i < main.total; i++) {
          var value = values[i] === "-" ? -1 : values.charCodeAt(i) - 48;
          if (facet === "topic" && value >= 0) {  /* the segment's own list of topics → the briefing's */
            value = topicNumber.has(main.topics[value]) ? topicNumber.get(main.topics[value]) : -1;
          }
          into[segment.base + i] = value;
        }
      });
      var previous = "";
      main.terms.forEach(function (suffix, i) {  /* front-coded: the beginning shared with the previous term */
        var term = previous.slice(0, main.shared.charCodeAt(i) - 48) + suffix;
        previous = term;
        var entry = vocabulary.get(term);
        if (entry === undefined) {
          entry = {df: 0, refs: []};
          vocabulary.set(term, entry);
        }
        entry.df += main.df[i];
        entry.refs.push(segment.number, i);
      });
    });
    var first = Infinity;
    var last = -Infinity;
    for (var d = 0; d < total; d++) {
      if (this.yearFrom[d] >= 0) {
        first = Math.min(first, this.yearFrom[d]);
        last = Math.max(last, this.yearTo[d]);
      }
    }
    this.years = [];
    for (var year = first; year <= last; year++) {
      this.years.push(String(year));
    }
    this.terms = Array.from(vocabulary.keys()).sort();
    this.df = this.terms.map(function (term) { return vocabulary.get(term).df; });
    this.refs = this.terms.map(function (term) { return vocabulary.get(term).refs; });
    /* Passages: where each source's first one is numbered, and which facts cite each. */
    this.firstPassage = new Map();
    this.loaded.forEach(function (segment) {
      var archive = segment.main.archive;
      if (!archive) {
        return;
      }
      var at = segment.base + archive.first + archive.ids.length;
      archive.ids.forEach(function (id, i) {
        self.firstPassage.set(id, at);
        at += archive.paragraphs[i];
      });
    });
    this.citedBy = new Map();
    this.loaded.forEach(function (segment) {
      var cites = segment.main.cites || {};
      Object.keys(cites).forEach(function (source) {
        var first = self.firstPassage.get(source);
        var flat = cites[source];
        for (var i = 0; first !== undefined && i < flat.length; i += 2) {
          var passage = first + flat[i] - 1;
          if (!self.citedBy.has(passage)) {
            self.citedBy.set(passage, []);
          }
          self.citedBy.get(passage).push(segment.base + flat[i + 1]);
        }
      });
    });
    this.citedBy.forEach(function (facts) { facts.sort(function (a, b) { return a - b; }); });
  };

  /* What a file is: ["m", segment] its main file, ["t", segment, n] a term shard, ["d", segment, n]
     a document shard. */
  Index.prototype.has = function (w) {
    var segment = this.segments[w[1]];
    return w[0] === "m" ? !!segment.main : !!(w[0] === "t" ? segment.termShards : segment.docShards)[w[2]];
  };

  Index.prototype.src = function (w) {
    var segment = this.segments[w[1]];
    return w[0] === "m" ? segment.file : (w[0] === "t" ? segment.main.termFiles : segment.main.docFiles)[w[2]];
  };

  /* Load the listed files with <script> elements, then call `done(all arrived)` once each has
     arrived or failed; at once when they are all here already. A file that failed to load once
     is not asked for, nor waited for, again. */
  Index.prototype.ensure = function (wanted, done) {
    var self = this;
    var missing = wanted.filter(function (w) { return !self.has(w) && !self.broken[w.join(" ")]; });
    if (!missing.length) {
      done(wanted.every(function (w) { return self.has(w); }));
      return;
    }
    this.waiting.push({wanted: wanted, done: done});
    missing.forEach(function (w) {
      var key = w.join(" ");
      if (self.pending[key]) {
        return;
      }
      self.pending[key] = true;
      var script = document.createElement("script");
      script.src = self.src(w);
      script.onload = function () { self.drain(); };
      script.onerror = function () {
        self.failed = script.getAttribute("src");
        self.broken[key] = true;
        self.drain();
      };
      document.body.appendChild(script);
    });
  };

  /* Take over the files that arrived on window.BRIEFING_SEARCH, and answer whoever waited for them. */
  Index.prototype.drain = function () {
    var queue = window.BRIEFING_SEARCH || [];
    while (queue.length) {
      var part = queue.shift();
      var segment = this.byName.get(part.s);
      if (!segment) {
        continue;
      }
      if (part.type === "segment") {
        segment.main = part;
      } else if (part.type === "terms") {
        segment.termShards[part.n] = part.postings;
      } else if (part.type === "docs") {
        segment.docShards[part.n] = this.resolve(segment, part.n, part.docs);
      }
    }
    var self = this;
    var ready = [];
    this.waiting = this.waiting.filter(function (wait) {
      var settled = wait.wanted.every(function (w) { return self.has(w) || self.broken[w.join(" ")]; });
      if (settled) {
        ready.push(wait);
      }
      return !settled;
    });
    ready.forEach(function (wait) {  /* they may wait for more */
      wait.done(wait.wanted.every(function (w) { return self.has(w); }));
    });
  };

  /* A segment's records as the page shows them: references to other documents by their number in
     the whole index (a passage's source and the facts citing it; a fact's quoted passages). */
  Index.prototype.resolve = function (segment, shard, records) {
    var self = this;
    var first = segment.base + segment.main.docShards[shard];
    return records.map(function (record, i) {
      if (record[0] === 4) {
        return [4, segment.base + record[1], record[2], record[3], self.citedBy.get(first + i) || []];
      }
      if (record[0] === 0) {
        return record.slice(0, 4).concat([record[4].map(function (item) {
          if (typeof item === "string") {
            return item;
          }
          var passage = self.firstPassage.get(item[0]);
          return passage === undefined ? "" : [passage + item[1] - 1, item[2], item[3]];
        })]);
      }
      return record;
    });
  };

  Index.prototype.segmentOf = function (number) {
    return this.loaded[shardOf(this.starts, number)];
  };

  Index.prototype.doc = function (number) {
    var segment = this.segmentOf(number);
    if (!segment) {
      return null;
    }
    var local = number - segment.base;
    var shard = shardOf(segment.main.docShards, local);
    var docs = segment.docShards[shard];
    return docs ? docs[local - segment.main.docShards[shard]] : null;
  };

  Index.prototype.docShard = function (number) {
    var segment = this.segmentOf(number);
    return ["d", segment.number, shardOf(segment.main.docShards, number - segment.base)];
  };

  /* The term shards holding the postings of the vocabulary entries listed. */
  Index.prototype.termShardsOf = function (entries) {
    var self = this;
    var wanted = {};
    entries.forEach(function (termIndex) {
      var refs = self.refs[termIndex];
      for (var j = 0; j < refs.length; j += 2) {
        var segment = self.segments[refs[j]];
        var w = ["t", segment.number, shardOf(segment.main.termShards, refs[j + 1])];
        wanted[w.join(" ")] = w;
      }
    });
    return Object.keys(wanted).map(function (key) { return wanted[key]; });
  };

  /* Every document matching every term of the query, scored, best first, then `done(result)`.
     Exact words weigh more than completions, completions more than close spellings. A term's
     score in a document is BM25 with the document counts and the average length of the whole
     briefing (every segment). */
  Index.prototype.search = function (query, done) {
    var self = this;
    /* A lone Hangul letter (ㅂ, ㅎ) is a syllable still being composed by the keyboard: searched
       without it, so "북ㅎ" shows what "북" finds on the way to 북한. */
    var composed = query.replace(JAMO, "");
    var clauses = queryClauses(readDates(composed));
    /* A letter just typed after other words ("Kim J") is the start of a word: the others answer
       until it has two letters, so the results do not empty at every new word. */
    var last = clauses[clauses.length - 1];
    if (clauses.length > 1 && /\s\p{L}$/u.test(composed) && /^\p{L}$/u.test(last.term) && !HAS_CJK.test(last.term) &&
        clauses.slice(0, -1).some(function (clause) { return clause.required; })) {
      clauses.pop();
    }
    /* One letter is the start of typing, not a search: the box's prompt, not "No results for k" */
    var tooShort = clauses.length === 1 && /^\p{L}$/u.test(clauses[0].term) && !HAS_CJK.test(clauses[0].term) ||
      !clauses.length && composed !== query;
    if (tooShort) {
      clauses = [];
    }
    var words = clauses.map(function (clause) { return clause.term; });
    var open = /[\p{L}\p{N}-]$/u.test(query);  /* the last word is still being typed */
    var expansions = clauses.map(function (clause, i) {
      var typing = open && i === clauses.length - 1;
      /* a finished number stands for itself: 10000 is not the beginning of 100000 */
      return self.expand(clause.term, clause.required && (typing || clause.term.length >= 3 && !/^\d+$/.test(clause.term)));
    });
    /* A word found neither whole, nor as a beginning, nor one edit away, that is other words run
       together, stands for them ("kimjongun" → kim jong un). */
    for (var i = clauses.length - 1; i >= 0; i--) {
      var close = expansions[i].some(function (e) { return e[2] !== "fuzzy" || e[1] === WEIGHT.fuzzy1; });
      var parts = clauses[i].required && !close ? this.split(clauses[i].term) : null;
      if (parts) {
        clauses.splice.apply(clauses, [i, 1].concat(parts.map(function (part) {
          return {term: part, required: true};
        })));
        expansions.splice.apply(expansions, [i, 1].concat(parts.map(function (part) {
          return [[self.find(part), WEIGHT.exact, "exact"]];
        })));
      }
    }
    words = clauses.map(function (clause) { return clause.term; });
    var result = {query: query, words: words, required: clauses.map(function (c) { return c.required; }),
                  expansions: expansions, hits: [], tooShort: tooShort};
    var needed = clauses.filter(function (clause) { return clause.required; }).length;
    var missing = expansions.some(function (e, i) { return clauses[i].required && !e.length; });
    if (!words.length || missing && needed < 2) {
      done(result);
      return;
    }
    var entries = [];
    expansions.forEach(function (list) { list.forEach(function (e) { entries.push(e[0]); }); });
    /* The words every result must have first, then the optional ones, which only add to scores. */
    var order = clauses.map(function (clause, i) { return i; }).sort(function (a, b) {
      return (clauses[b].required ? 1 : 0) - (clauses[a].required ? 1 : 0) || a - b;
    });
    var required = order.filter(function (at) { return clauses[at].required; });
    var optional = order.filter(function (at) { return !clauses[at].required; });
    this.ensure(this.termShardsOf(entries), function (ok) {
      result.failed = !ok || self.loaded.length < self.segments.length;  /* what arrived still answers */
      var total = null;
      if (!missing) {
        required.forEach(function (at) {
          var scores = self.scores(expansions[at], total);
          if (total) {
            var next = new Map();
            scores.forEach(function (score, doc) {
              next.set(doc, total.get(doc) + score);
            });
            total = next;
          } else {
            total = scores;
          }
        });
      }
      if (!total || !total.size) {
        /* No document has every word: those with the most of them (a name typed in two scripts,
           a word the briefing does not have), said so in the status. */
        var counts = new Map();
        var sums = new Map();
        required.forEach(function (at) {
          self.scores(expansions[at], null).forEach(function (score, doc) {
            counts.set(doc, (counts.get(doc) || 0) + 1);
            sums.set(doc, (sums.get(doc) || 0) + score);
          });
        });
        var most = 0;
        counts.forEach(function (count) { most = Math.max(most, count); });
        total = new Map();
        counts.forEach(function (count, doc) {
          if (count === most) {
            total.set(doc, sums.get(doc));
          }
        });
        result.partial = total.size > 0;
      }
      optional.forEach(function (at) {
        self.scores(expansions[at], total).forEach(function (score, doc) { total.set(doc, total.get(doc) + score); });
      });
      total.forEach(function (score, doc) { result.hits.push([doc, score]); });
      result.hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
      done(result);
    });
  };

  /* document → BM25 score of one query word (its best vocabulary entry in the document), among
     the documents of `within` when given. */
  Index.prototype.scores = function (list, within) {
    var self = this;
    var k1 = this.main.bm25[0];
    var b = this.main.bm25[1];
    var kinds = this.facets.kind;
    var scores = new Map();
    list.forEach(function (e) {
      var df = self.df[e[0]];
      var idf = Math.log(1 + (self.total - df + 0.5) / (df + 0.5)) * (k1 + 1);
      var refs = self.refs[e[0]];
      for (var j = 0; j < refs.length; j += 2) {
        var segment = self.segments[refs[j]];
        var starts = segment.main.termShards;
        var shard = shardOf(starts, refs[j + 1]);
        var flat = segment.termShards[shard] ? segment.termShards[shard][refs[j + 1] - starts[shard]] : [];
        var doc = segment.base;
        for (var i = 0; i < flat.length;) {
          var tf = 1;  /* a gap written negated (less one) has a frequency of 1 */
          if (flat[i] < 0) {
            doc -= flat[i] + 1;
            i += 1;
          } else {
            doc += flat[i];
            tf = flat[i + 1];
            i += 2;
          }
          if (within && !within.has(doc)) {
            continue;
          }
          var score = idf * tf / (tf + k1 * (1 - b + b * self.lengths[doc] / self.average)) *
            self.boost[kinds[doc]] * e[1];
          var before = scores.get(doc);
          if (before === undefined || score > before) {
            scores.set(doc, score);
          }
        }
      }
    });
    return scores;
  };

  /* The words to show in place of a query that matches nothing, or null. */
  Index.prototype.suggest = function (words) {
    var self = this;
    var changed = false;
    var out = words.map(function (term) {
      if (self.terms[lowerBound(self.terms, term)] === term || HAS_CJK.test(term) || /\d/.test(term) ||
          STOP_WORDS[term] || term.length < 3) {  /* a letter or two, a number or an identifier: not a misspelling */
        return term;
      }
      var near = self.near(term, term.length < 4 ? 1 : term.length < 8 ? 2 : 3);
      if (!near.length) {
        return term;
      }
      changed = true;
      return self.terms[near[0][0]];
    });
    return changed ? out.join(" ") : null;
  };

  /* --- filters --------------------------------------------------------------------------------- */

  function facetValue(index, facet, doc) {
    return facet === "year" ? index.yearFrom[doc] : index.facets[facet][doc];
  }

  /* Does the document pass the filter on `facet` (a value name, "" for any)? */
  function passes(index, facet, wanted, doc) {
    if (!wanted) {
      return true;
    }
    var value = facetValue(index, facet, doc);
    if (facet === "kind") {
      return index.kinds[value] === wanted;
    }
    if (facet === "topic") {
      return value >= 0 && index.main.topics[value][0] === wanted;
    }
    if (facet === "year") {  /* the year falls within the years it speaks of */
      return value >= 0 && value <= Number(wanted) && Number(wanted) <= index.yearTo[doc];
    }
    if (facet === "stance") {
      var bit = index.main.stances.indexOf(wanted);
      return value >= 0 && bit >= 0 && (value & (1 << bit)) !== 0;
    }
    return value >= 0 && index.main.corroboration[value] === wanted;
  }

  /* The hits that pass every filter, and per filter the count of each value among the hits that
     pass the other filters (so a count says what choosing that value would show). */
  function applyFilters(index, hits, filters) {
    var counts = {};
    FACETS.forEach(function (facet) { counts[facet] = {}; });
    var kept = [];
    hits.forEach(function (hit) {
      var doc = hit[0];
      var failing = [];
      FACETS.forEach(function (facet) {
        if (!passes(index, facet, filters[facet], doc)) {
          failing.push(facet);
        }
      });
      if (!failing.length) {
        kept.push(hit);
      }
      FACETS.forEach(function (facet) {
        if (failing.length === 0 || (failing.length === 1 && failing[0] === facet)) {
          var value = facetValue(index, facet, doc);
          if (value < 0) {
            return;
          }
          if (facet === "year") {
            for (var year = value; year <= index.yearTo[doc]; year++) {
              counts.year[year] = (counts.year[year] || 0) + 1;
            }
            return;
          }
          if (facet === "stance") {
            index.main.stances.forEach(function (name, bit) {
              if (value & (1 << bit)) {
                counts.stance[name] = (counts.stance[name] || 0) + 1;
              }
            });
            return;
          }
          var name = facet === "kind" ? index.kinds[value] :
            facet === "topic" ? index.main.topics[value][0] : index.main.corroboration[value];
          counts[facet][name] = (counts[facet][name] || 0) + 1;
        }
      });
    });
    return {hits: kept, counts: counts};
  }

  var KIND_LABELS = {fact: say("search.kind.fact", "Fact"), source: say("search.kind.source", "Source"),
                     entity: say("search.kind.entity", "Entity"), topic: say("search.kind.topic", "Topic"),
                     passage: say("search.kind.passage", "Passage")};
  var FILTER_LABELS = {
    kind: {"": say("search.filter.kind.any", "All kinds"), fact: say("search.filter.kind.fact", "Facts"),
           source: say("search.filter.kind.source", "Sources"), entity: say("search.filter.kind.entity", "Entities"),
           topic: say("search.filter.kind.topic", "Topics"),
           passage: say("search.filter.kind.passage", "Passages of archived texts")},
    stance: {"": say("search.filter.stance.any", "Any stance"),
             asserts: say("search.filter.stance.asserts", "Someone asserts"),
             denies: say("search.filter.stance.denies", "Someone denies"),
             confirms: say("search.filter.stance.confirms", "Someone confirms"),
             "declines-comment": say("search.filter.stance.declines", "Someone declines to comment")},
    corroboration: {"": say("search.filter.corroboration.any", "Any corroboration"),
                    "single-source": say("search.filter.corroboration.single", "Single source"),
                    corroborated: say("search.filter.corroboration.more", "Two or more independent sources")}
  };

  /* Fill the filter menus: every value with its count for the current query. */
  function drawFilters(index, selects, filters, counts) {
    FACETS.forEach(function (facet) {
      var select = selects[facet];
      if (!select) {
        return;
      }
      var values = facet === "kind" ? index.kinds : facet === "topic" ?
        index.main.topics.map(function (t) { return t[0]; }) :
        facet === "stance" ? index.main.stances : facet === "year" ? index.years : index.main.corroboration;
      select.textContent = "";
      var any = document.createElement("option");
      any.value = "";
      any.textContent = facet === "topic" ? say("search.filter.topic.any", "All topics") :
        FILTER_LABELS[facet] ? FILTER_LABELS[facet][""] : select.getAttribute("data-any");  /* the year's: in the page */
      select.appendChild(any);
      values.forEach(function (value, i) {
        var option = document.createElement("option");
        option.value = value;
        var label = facet === "topic" ? index.main.topics[i][1] : (FILTER_LABELS[facet] || {})[value] || value;
        option.textContent = counts ? label + " (" + (counts[facet][value] || 0) + ")" : label;
        select.appendChild(option);
      });
      select.value = filters[facet] || "";
      if (select.value !== (filters[facet] || "")) {
        select.value = "";
      }
    });
  }

  /* --- drawing results ------------------------------------------------------------------------- */

  function hasWordStart(set, word) {
    for (var i = 0; i < set.prefixes.length; i++) {
      if (word.lastIndexOf(set.prefixes[i], 0) === 0) {
        return true;
      }
    }
    return false;
  }

  /* What to mark in shown text: the vocabulary words the query matched, the words typed (as
     prefixes) and the Hangul/Han pieces typed (inside words). */
  function markSet(index, result) {
    var words = {};
    var prefixes = [];
    var inside = [];
    result.expansions.forEach(function (list, i) {
      var term = result.words[i];
      if (!result.required[i] && STOP_WORDS[term]) {
        return;  /* "the", "of": not worth marking in every result */
      }
      list.forEach(function (e) { words[index.terms[e[0]]] = true; });
      if (HAS_CJK.test(term)) {
        inside.push(term);
      } else if (list.some(function (e) { return e[2] === "prefix"; })) {
        prefixes.push(term);  /* only a word read as a beginning: "kn 23" does not mark "known" */
      }
    });
    (fold(result.query).match(WORD) || []).forEach(function (word) {
      if (HAS_CJK.test(word)) {
        inside.push(word);
      }
    });
    return {words: words, prefixes: prefixes, inside: unique(inside)};
  }

  function markedRanges(text, set) {
    var ranges = [];
    var match;
    JOINED.lastIndex = 0;
    while ((match = JOINED.exec(text)) !== null) {  /* 11,000 or U.S. as one word */
      if (set.words[fold(match[0]).replace(/[.,]/g, "")]) {
        ranges.push([match.index, match.index + match[0].length]);
      }
    }
    TEXT_WORD.lastIndex = 0;
    while ((match = TEXT_WORD.exec(text)) !== null) {
      var chain = match[0];
      var folded = fold(chain);
      if (folded.indexOf("-") >= 0 && set.words[folded.replace(/-/g, "")]) {
        ranges.push([match.index, match.index + chain.length]);
        continue;
      }
      var at = 0;
      chain.split("-").forEach(function (word) {
        var start = match.index + at;
        at += word.length + 1;
        var f = fold(word);
        if (set.words[f] || hasWordStart(set, f)) {
          ranges.push([start, start + word.length]);
          return;
        }
        if (f.length === word.length) {  /* Hangul/Han: the typed piece inside the word */
          var run;
          var OTHER = /[^\u1100-\u11FF\u3040-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7A3]+/g;
          while ((run = OTHER.exec(f)) !== null) {  /* 2023 in 2023년: a word of its own in the index */
            if (run[0] !== f && set.words[run[0]]) {
              ranges.push([start + run.index, start + run.index + run[0].length]);
            }
          }
          set.inside.forEach(function (piece) {
            var from = 0;
            var found;
            while ((found = f.indexOf(piece, from)) >= 0) {
              ranges.push([start + found, start + found + piece.length]);
              from = found + piece.length;
            }
          });
        }
      });
    }
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    return ranges;
  }

  /* Append `text` to `element` with the matched words in <mark>. Text nodes only: nothing from the
     index is ever parsed as HTML. */
  function highlight(element, text, set) {
    /* Overlapping or touching ranges are one mark: 김정 and 정은 in 김정은, 2023 and 년 in 2023년. */
    var merged = [];
    markedRanges(text, set).forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) {
        last[1] = Math.max(last[1], range[1]);
      } else {
        merged.push([range[0], range[1]]);
      }
    });
    var position = 0;
    merged.forEach(function (range) {
      element.appendChild(document.createTextNode(text.slice(position, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      element.appendChild(mark);
      position = range[1];
    });
    element.appendChild(document.createTextNode(text.slice(position)));
  }

  /* The part of `text` to show: a window around the first match, or the start. */
  function snippet(text, set) {
    if (text.length <= SNIPPET_LENGTH) {
      return text;
    }
    var ranges = markedRanges(text, set);
    var first = ranges.length ? ranges[0][0] : 0;
    var start = Math.max(0, first - SNIPPET_BEFORE);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    return (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
  }

  /* The phrases typed in quotes ("artillery shells"), each as its terms, when of two terms or more. */
  function queryPhrases(query) {
    var out = [];
    var match;
    var QUOTED = /"([^"]+)"/g;
    var folded = fold(query);
    while ((match = QUOTED.exec(folded)) !== null) {
      var words = queryTerms(match[1]);
      if (words.length > 1) {
        out.push(words);
      }
    }
    return out;
  }

  function containsRun(terms, run) {
    var SEPARATOR = "\u0001";
    return (SEPARATOR + terms.join(SEPARATOR) + SEPARATOR).indexOf(SEPARATOR + run.join(SEPARATOR) + SEPARATOR) >= 0;
  }

  /* Load the documents listed, and those they need to be shown; `done(all arrived)`. */
  Index.prototype.loadDocs = function (numbers, done) {
    var self = this;
    var needed = {};
    numbers.forEach(function (number) {
      var w = self.docShard(number);
      needed[w.join(" ")] = w;
    });
    this.ensure(values(needed), function (ok) {
      var refs = {};
      numbers.forEach(function (number) {
        var record = self.doc(number);
        (record ? references(record) : []).forEach(function (doc) {
          var w = self.docShard(doc);
          refs[w.join(" ")] = w;
        });
      });
      self.ensure(values(refs), function (more) { done(ok && more); });
    });
  };

  /* Does a document have every phrase, its words side by side and in order, in one of its fields? */
  Index.prototype.hasPhrases = function (number, phrases) {
    var record = this.doc(number);
    if (!record) {
      return true;  /* its shard could not be loaded: kept, and the status says the index is incomplete */
    }
    var fields = record[0] === 4 ? [record[3]] :
      [record[2], record[3], record[0] === 0 ? this.factBody(record) : record[4]];
    var terms = fields.map(function (text) { return text ? queryTerms(text) : []; });
    return phrases.every(function (phrase) {
      return terms.some(function (field) { return containsRun(field, phrase); });
    });
  };

  /* A query's hits with its quoted phrases applied: with up to PHRASE_CHECK hits, only those that
     have each phrase; with more, the best PHRASE_CHECK are looked at and those with the phrases
     come first (reading every document of a large briefing would take seconds). */
  Index.prototype.keepPhrases = function (result, phrases, done) {
    if (!phrases.length || !result.hits.length) {
      done(result);
      return;
    }
    var self = this;
    var checked = result.hits.slice(0, PHRASE_CHECK);
    this.loadDocs(checked.map(function (hit) { return hit[0]; }), function (ok) {
      result.failed = result.failed || !ok;
      var having = checked.filter(function (hit) { return self.hasPhrases(hit[0], phrases); });
      if (result.hits.length <= PHRASE_CHECK) {
        result.hits = having;
      } else {
        var first = new Set(having);
        result.hits = having.concat(result.hits.filter(function (hit) { return !first.has(hit); }));
      }
      done(result);
    });
  };

  /* Documents a record needs to be shown: a fact's quoted passages, a passage's source and citing facts. */
  function references(record) {
    if (record[0] === 4) {
      return [record[1]].concat(record[4].slice(0, 3));
    }
    if (record[0] === 0) {
      return record[4].filter(function (item) { return typeof item !== "string"; })
        .map(function (item) { return item[0]; });
    }
    return [];
  }

  Index.prototype.href = function (record) {
    var route = this.routes[record[0]];
    if (record[0] === 4) {
      return route[0] + encodeURIComponent(this.doc(record[1])[1]) + route[1] + record[2];
    }
    return route[0] + encodeURIComponent(record[1]) + route[1];
  };

  Index.prototype.factBody = function (record) {
    var self = this;
    return record[4].map(function (item) {
      if (typeof item === "string") {
        return item;
      }
      var passage = self.doc(item[0]);
      return passage ? "“" + passage[3].slice(item[1], item[2]) + "”" : "";
    }).join(" ");
  };

  function paragraph(className, text, set, limit) {
    var p = document.createElement("p");
    p.className = className;
    highlight(p, limit ? snippet(text, set) : text, set);
    return p;
  }

  function drawHit(index, number, set) {
    var record = index.doc(number);
    if (!record || (record[0] === 4 && !index.doc(record[1]))) {
      return null;  /* its document shard, or its source's, could not be loaded */
    }
    var kind = index.kinds[record[0]];
    var item = document.createElement("li");
    item.className = "search-result search-result--" + kind;
    var label = document.createElement("span");
    label.className = "search-kind";
    label.textContent = KIND_LABELS[kind] || kind;
    var link = document.createElement("a");
    link.href = index.href(record);
    var heading = document.createElement("p");
    heading.className = "search-title";
    heading.appendChild(label);
    heading.appendChild(document.createTextNode(" "));
    heading.appendChild(link);
    item.appendChild(heading);
    if (kind === "passage") {
      var source = index.doc(record[1]);
      link.textContent = say("search.paragraph", "%(source)s, paragraph %(number)s",
                             {source: source[2], number: record[2]});
      if (source[3]) {
        item.appendChild(paragraph("search-meta", say("search.archived", "Archived text · %(meta)s",
                                                      {meta: source[3]}), set, false));
      }
      item.appendChild(paragraph("search-snippet", record[3], set, true));
      var cited = document.createElement("p");
      cited.className = "search-cited";
      var fact = record[4].length ? index.doc(record[4][0]) : null;
      if (fact) {
        cited.appendChild(document.createTextNode(say("search.cited",
          ["Cited by the fact ", "Cited by %(count)s facts, including "], {count: record[4].length},
          record[4].length)));
        var factLink = document.createElement("a");
        factLink.href = index.href(fact);
        factLink.className = "search-cited-fact";
        factLink.textContent = fact[2];
        cited.appendChild(factLink);
      } else if (!record[4].length) {
        cited.textContent = say("search.uncited", "No fact cites this passage yet.");
      }
      item.appendChild(cited);
      return item;
    }
    highlight(link, record[2], set);
    if (record[3]) {
      item.appendChild(paragraph("search-meta", record[3], set, false));
    }
    var body = kind === "fact" ? index.factBody(record) : record[4];
    if (body) {
      item.appendChild(paragraph("search-snippet", body, set, true));
    }
    return item;
  }

  function resultLinks(list) {
    return Array.prototype.slice.call(list.querySelectorAll(".search-title a, .search-more button"));
  }

  function readFilters(selects) {
    var filters = {};
    FACETS.forEach(function (facet) {
      filters[facet] = selects[facet] ? selects[facet].value : "";
    });
    return filters;
  }

  function remember(query, filters) {
    try {  /* some browsers refuse history changes on file:// pages; the search works regardless */
      var url = new URL(window.location.href);
      url.searchParams.delete("q");
      FACETS.forEach(function (facet) { url.searchParams.delete(facet); });
      if (query) {
        url.searchParams.set("q", query);
      }
      FACETS.forEach(function (facet) {
        if (filters[facet]) {
          url.searchParams.set(facet, filters[facet]);
        }
      });
      window.history.replaceState(null, "", url.href);
    } catch (error) { /* nothing to do */ }
  }

  /* --- the search page ------------------------------------------------------------------------- */

  function SearchPage(index, input) {
    this.index = index;
    this.input = input;
    this.list = document.getElementById("search-results");
    this.status = document.getElementById("search-status");
    this.suggestion = document.getElementById("search-suggestion");
    this.selects = {};
    var self = this;
    FACETS.forEach(function (facet) {
      self.selects[facet] = document.getElementById("search-" + facet);
    });
    this.generation = 0;
    this.title = document.title;
  }

  /* Search for what the box and the filters say, and draw the first `limit` results. */
  SearchPage.prototype.run = function (limit) {
    var self = this;
    var index = this.index;
    var query = this.input.value;
    var filters = readFilters(this.selects);
    var generation = ++this.generation;
    limit = limit || PAGE_SIZE;
    index.search(query, function (found) {
      if (generation !== self.generation) {
        return;  /* a newer keystroke took over */
      }
      index.keepPhrases(found, queryPhrases(query), function (result) {
        if (generation === self.generation) {
          self.show(result, filters, limit, generation);
        }
      });
    });
  };

  /* Draw the first `limit` hits that pass the filters, once their documents have arrived. */
  SearchPage.prototype.show = function (result, filters, limit, generation) {
    var self = this;
    var filtered = applyFilters(this.index, result.hits, filters);
    var shown = filtered.hits.slice(0, limit);
    this.index.loadDocs(shown.map(function (hit) { return hit[0]; }), function (ok) {
      result.failed = result.failed || !ok;
      if (generation === self.generation) {
        self.draw(result, filtered, shown, filters, limit);
      }
    });
  };

  SearchPage.prototype.draw = function (result, filtered, shown, filters, limit) {
    var self = this;
    var index = this.index;
    var set = markSet(index, result);
    this.list.textContent = "";
    this.suggestion.textContent = "";
    this.suggestion.hidden = true;
    drawFilters(index, this.selects, filters, result.words.length ? filtered.counts : null);
    var query = result.query.trim();
    if (Array.from(query).length > QUERY_SHOWN) {  /* a pasted paragraph is not read out whole */
      query = Array.from(query).slice(0, QUERY_SHOWN).join("").trim() + "…";
    }
    document.title = query ? "“" + query + "” · " + this.title : this.title;  /* the history and tabs say what was searched */
    if (!result.words.length) {
      /* "(", "*" or an emoji: something was typed, and nothing in it can be found */
      this.status.textContent = query && !result.tooShort ?
        say("search.none", "No results for “%(query)s”", {query: query}) + "." :
        say("search.prompt", "Type to search %(total)s facts, sources, entities, topics " +
        "and passages of the archived texts.", {total: index.total});
      this.finish();
      return;
    }
    shown.forEach(function (hit) {
      var item = drawHit(index, hit[0], set);
      if (item) {
        self.list.appendChild(item);
      }
    });
    var total = filtered.hits.length;
    var values = {count: total, query: query, all: result.hits.length, shown: shown.length, failed: index.failed};
    var narrowed = total < result.hits.length ? say("search.narrowed", " (%(all)s without the filters)", values) : "";
    /* When no result has every word: "No results for …", then the page's own words on those below. */
    var counted = result.partial ?
      say("search.none", "No results for “%(query)s”", values) + ". " + (this.status.getAttribute("data-partial") || "") :
      (total ? say("search.results", ["%(count)s result for “%(query)s”", "%(count)s results for “%(query)s”"],
                   values, total) :
       say("search.none", "No results for “%(query)s”", values)) + narrowed +
      (shown.length < total ? say("search.first", ", showing the first %(shown)s", values) : "") + ".";
    this.status.textContent = counted +
      (result.failed ? say("search.partial", " Part of the search index could not be loaded (%(failed)s); " +
        "results are incomplete.", values) : "");
    if (shown.length < total) {
      var more = document.createElement("li");
      more.className = "search-more";
      var button = document.createElement("button");
      button.type = "button";
      var next = Math.min(total, limit + PAGE_SIZE * 5);
      button.textContent = next === total ? say("search.all", "Show all %(count)s results", {count: total}) :
        say("search.more", "Show %(count)s more", {count: next - limit});
      button.addEventListener("click", function () {
        var before = shown.length;
        self.after = function () {
          var links = self.list.querySelectorAll(".search-title a");
          if (links[before]) {
            links[before].focus();
          }
        };
        self.run(next);
      });
      more.appendChild(button);
      this.list.appendChild(more);
    }
    if (!result.hits.length || result.partial) {
      this.offerSuggestion(result);
    }
    this.finish();
  };

  /* "Did you mean …": the closest known words, offered only when they find something. */
  SearchPage.prototype.offerSuggestion = function (result) {
    var self = this;
    var better = this.index.suggest(result.words);
    if (!better) {
      return;
    }
    var generation = this.generation;
    this.index.search(better, function (other) {
      if (generation !== self.generation || !other.hits.length) {
        return;
      }
      self.suggestion.textContent = say("search.suggest", "Did you mean ");
      var link = document.createElement("a");
      var url = new URL(window.location.href);
      url.searchParams.set("q", better);
      link.href = url.search;
      link.textContent = better;
      link.addEventListener("click", function (event) {
        event.preventDefault();
        self.input.value = better;
        self.changed();
        self.input.focus();
      });
      self.suggestion.appendChild(link);
      self.suggestion.appendChild(document.createTextNode(say("search.suggest.count",
        ["? (%(count)s result)", "? (%(count)s results)"], {count: other.hits.length}, other.hits.length)));
      self.suggestion.hidden = false;
      self.status.textContent += say("search.suggest.status", " Did you mean “%(word)s”?", {word: better});
    });
  };

  SearchPage.prototype.finish = function () {
    var status = this.status;
    clearTimeout(this.quiet);
    this.quiet = setTimeout(function () { status.removeAttribute("aria-busy"); },
                            Math.max(0, QUIET_MS - (Date.now() - (this.typed || 0))));
    try {
      performance.measure("briefing-search", "briefing-search-start");
    } catch (error) { /* no keystroke mark: the first drawing */ }
    if (this.after) {
      var after = this.after;
      this.after = null;
      after();
    }
  };

  SearchPage.prototype.changed = function () {
    /* While the reader types, the count is busy: a screen reader announces the last one once the
       typing pauses, not one per keystroke. */
    this.status.setAttribute("aria-busy", "true");
    this.typed = Date.now();
    try {
      performance.clearMarks("briefing-search-start");
      performance.mark("briefing-search-start");
    } catch (error) { /* timing is optional */ }
    this.run();
    remember(this.input.value.trim(), readFilters(this.selects));
  };

  function setUpSearchPage(input) {
    var form = document.getElementById("search-form");
    var status = document.getElementById("search-status");
    var notice = document.getElementById("search-nojs");
    var queue = window.BRIEFING_SEARCH || [];
    var main = null;
    for (var i = 0; i < queue.length; i++) {
      if (queue[i].type === "main") {
        main = queue.splice(i, 1)[0];
        break;
      }
    }
    if (!main) {
      status.textContent = say("search.unavailable",
        "The search index (search-index.js) could not be loaded. Use the indexes below.");
      return;
    }
    var index = new Index(main);
    index.open(function () { openSearchPage(index, input, form, notice); });
  }

  /* The search page, once every segment's main file has arrived (or failed: the rest answers). */
  function openSearchPage(index, input, form, notice) {
    var page = new SearchPage(index, input);
    /* The ranked hits of a query, [document, score] best first: for tests comparing layouts. */
    window.BriefingSearch.ranked = function (query, done) {
      index.search(query, function (result) { done(result.hits); });
    };
    form.hidden = false;
    notice.hidden = true;
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var filters = {};
    FACETS.forEach(function (facet) { filters[facet] = params.get(facet) || ""; });
    drawFilters(index, page.selects, filters, null);
    input.addEventListener("input", function () { page.changed(); });
    FACETS.forEach(function (facet) {
      if (page.selects[facet]) {
        page.selects[facet].addEventListener("change", function () { page.changed(); });
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();  /* Enter opens the best result rather than reloading the page */
      var links = resultLinks(page.list);
      if (links.length && links[0].href) {
        window.location.href = links[0].href;
      }
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var links = resultLinks(page.list);
        if (links.length) {
          event.preventDefault();
          links[0].focus();
        }
      } else if (event.key === "Escape" && input.value) {
        input.value = "";
        page.changed();
      }
    });
    page.list.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") {
        return;
      }
      var links = resultLinks(page.list);
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
    page.run();
    input.focus();
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

  window.BriefingSearch = {fold: fold, terms: queryTerms, distance: distance, editsAllowed: editsAllowed};
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
