/* The header's drop-down menus (Topics, Analysis, and the phone's Menu) behave like menus: one open
   at a time, closed by Esc (focus back on its button), by a click or tap elsewhere, and when the
   keyboard moves on past them. Classic script, no network. Without JavaScript each is a plain
   <details> that opens and closes with its own button. And on the 404 page, in-page links stay on it. */
(function () {
  "use strict";
  var MENUS = ".site-nav details";

  function openMenus() {
    return Array.prototype.slice.call(document.querySelectorAll(MENUS + "[open]"));
  }

  function shut(menu, refocus) {
    menu.open = false;
    if (refocus) {
      var button = menu.querySelector("summary");
      if (button) button.focus();
    }
  }

  /* Opening one drop-down closes the others (but not the phone menu that holds it). */
  document.addEventListener("toggle", function (event) {
    var menu = event.target;
    if (!menu.matches || !menu.matches(MENUS) || !menu.open) return;
    openMenus().forEach(function (other) {
      if (other !== menu && !other.contains(menu)) shut(other, false);
    });
  }, true);

  document.addEventListener("pointerdown", function (event) {
    openMenus().forEach(function (menu) {
      if (!menu.contains(event.target)) shut(menu, false);
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = openMenus().filter(function (menu) { return menu.contains(document.activeElement); });
    if (!open.length) return;
    shut(open[open.length - 1], true);  /* the innermost first: Topics, then the phone menu */
    event.preventDefault();
  });

  document.addEventListener("focusout", function (event) {
    var next = event.relatedTarget;
    if (!next) return;  /* focus left the window, or went to nothing: leave the menus as they are */
    openMenus().forEach(function (menu) {
      if (menu.contains(event.target) && !menu.contains(next)) shut(menu, false);
    });
  });

  /* The 404 page carries <base> (it is served at whatever address was missing, so its links are
     written from the site's root), which sends an in-page link such as "Skip to content" (#main) to
     the overview: those links are pointed at this page instead. */
  if (document.querySelector("base[href]")) {
    var here = location.href.split("#")[0];
    Array.prototype.forEach.call(document.querySelectorAll('a[href^="#"]'), function (link) {
      link.href = here + link.getAttribute("href");
    });
  }
}());
