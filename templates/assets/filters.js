/* Filters of a topic page: show only the facts with a stance, a kind of sourcing or an actor.
   Classic script; the form is hidden in the HTML and shown here, so without JavaScript every
   fact is listed. Within a group any chosen value matches; across groups all must match. */
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
