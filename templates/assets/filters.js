/* Filters of a topic page: show only the facts with a stance, a kind of sourcing or an actor.
   Classic script; the form is hidden in the HTML and shown here, so without JavaScript every
   fact is listed. Within a group any chosen value matches; across groups all must match. */
(function () {
  "use strict";
  /* The page's words in its language: assets/messages.js, which every page loads first. */
  var say = window.briefingSay;

  function ready(run) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
    else run();
  }
  ready(function () {
    var form = document.getElementById("fact-filters");
    if (!form) return;
    var facts = Array.prototype.slice.call(document.querySelectorAll("article.fact[data-stances]"));
    var sections = Array.prototype.slice.call(document.querySelectorAll("section.fact-section"));
    var status = form.querySelector(".filter-status");
    var actor = form.querySelector("select[data-filter='actor']");

    function chosen(group) {
      var values = [];
      form.querySelectorAll("button[data-filter='" + group + "'][aria-pressed='true']").forEach(function (b) {
        values.push(b.getAttribute("data-value"));
      });
      return values;
    }
    function matches(words, wanted) {
      if (!wanted.length) return true;
      var have = (words || "").split(" ");
      return wanted.some(function (w) { return have.indexOf(w) >= 0; });
    }
    function apply() {
      var stances = chosen("stance"), sources = chosen("sources"), who = actor && actor.value ? [actor.value] : [];
      var shown = 0;
      facts.forEach(function (fact) {
        var keep = matches(fact.getAttribute("data-stances"), stances) &&
          matches(fact.getAttribute("data-sources"), sources) &&
          matches(fact.getAttribute("data-actors"), who);
        fact.hidden = !keep;
        if (keep) shown++;
      });
      sections.forEach(function (section) {
        section.hidden = !section.querySelector("article.fact:not([hidden])");
      });
      var filtered = stances.length || sources.length || who.length;
      status.textContent = filtered ? say("filter.showing", "Showing %(shown)s of %(total)s facts.", {shown: shown, total: facts.length}) : "";
    }
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-filter]");
      if (!button) return;
      button.setAttribute("aria-pressed", button.getAttribute("aria-pressed") === "true" ? "false" : "true");
      apply();
    });
    if (actor) actor.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.hidden = false;
  });
})();
