/* What the page's scripts say, in the page's language; loaded before them on every page.
   Classic script: it defines one global, briefingSay(key, english, values, count). */
(function () {
  "use strict";
  /* The words of the page's scripts in its language: a JSON block each page carries, rendered
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
  window.briefingSay = say;
}());
