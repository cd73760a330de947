/* Briefing views: progressive enhancement of charts, the register and the timeline.
   Classic script (works from file://). Without it every chart shows its table too, the register
   keeps the editors' order and the timeline shows every fact. */
(function () {
  "use strict";
  /* The page's words in its language: assets/messages.js, which every page loads first. */
  var say = window.briefingSay;


  // Chart ↔ table: a two-button toggle on each charted series; the chart is shown first.
  function toggles() {
    var blocks = document.querySelectorAll("[data-series]");
    Array.prototype.forEach.call(blocks, function (block) {
      var chart = block.querySelector('[data-view="chart"]');
      var table = block.querySelector('[data-view="table"]');
      if (!chart || !table) return;
      var group = document.createElement("div");
      group.className = "view-toggle";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", "Show the figures as");
      var buttons = [[say("views.chart", "Chart"), chart], [say("views.table", "Table"), table]].map(function (pair) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = pair[0];
        button.addEventListener("click", function () { show(pair[1]); });
        group.appendChild(button);
        return [button, pair[1]];
      });
      function show(view) {
        buttons.forEach(function (entry) {
          var on = entry[1] === view;
          entry[0].setAttribute("aria-pressed", on ? "true" : "false");
          entry[1].classList.toggle("view-off", !on);
        });
      }
      chart.parentNode.insertBefore(group, chart);
      show(chart);
    });
  }

  // Sortable tables: each column heading becomes a button; a second press reverses the order.
  // A cell's data-sort (a number or an ISO-like date) orders it; otherwise its text does.
  function sortables() {
    var tables = document.querySelectorAll("table[data-sortable]");
    Array.prototype.forEach.call(tables, function (table) {
      var headings = table.tHead ? table.tHead.rows[0].cells : [];
      var body = table.tBodies[0];
      var hint = table.querySelector(".sort-hint");
      if (hint) hint.classList.add("is-active");
      Array.prototype.forEach.call(headings, function (th, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "sort-button";
        while (th.firstChild) button.appendChild(th.firstChild);
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          Array.prototype.forEach.call(headings, function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          var rows = Array.prototype.slice.call(body.rows).map(function (row, index) {
            return {row: row, key: key(row.cells[column]), index: index};
          });
          rows.sort(function (a, b) {
            var order = compare(a.key, b.key);
            return (ascending ? order : -order) || a.index - b.index;
          });
          rows.forEach(function (entry) { body.appendChild(entry.row); });
        });
      });
    });
  }

  function key(cell) {
    if (!cell) return "";
    var value = cell.getAttribute("data-sort");
    if (value === null) return cell.textContent.trim().toLowerCase();
    var number = Number(value);
    return value !== "" && !isNaN(number) ? number : value;
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b));
  }

  // Timeline filters: topic, actor, stance; a month or year with nothing left to show is hidden.
  function filters() {
    var form = document.querySelector("[data-timeline-filters]");
    if (!form) return;
    form.hidden = false;
    var entries = document.querySelectorAll(".timeline-entry");
    var count = form.querySelector(".filter-count");
    function apply() {
      var topic = form.elements.topic.value, actor = form.elements.actor.value, stance = form.elements.stance.value;
      var shown = 0;
      Array.prototype.forEach.call(entries, function (entry) {
        var positions = (entry.getAttribute("data-positions") || "").split(" ").filter(Boolean);
        var ok = (!topic || entry.getAttribute("data-topic") === topic) &&
          (!actor && !stance || positions.some(function (p) {
            var parts = p.split(":");
            return (!actor || parts[0] === actor) && (!stance || parts[1] === stance);
          }));
        entry.hidden = !ok;
        if (ok) shown += 1;
      });
      var groups = document.querySelectorAll(".timeline-month, .timeline-year, #undated");
      Array.prototype.forEach.call(groups, function (group) {
        var box = group.id === "undated" ? group.parentNode : group;
        box.hidden = !box.querySelector(".timeline-entry:not([hidden])");
      });
      var filtered = topic || actor || stance;
      count.textContent = filtered ? say("filter.showing", "Showing %(shown)s of %(total)s facts.", {shown: shown, total: entries.length}) : "";
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }

  function start() {
    toggles();
    sortables();
    filters();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
