/* Citation and fact previews: hover, focus or tap a citation marker ([1]) or a link to a fact to
   read the quoted passage (or the claim) in place. Classic script, no network: everything shown
   is already in the page (the footnote a marker points at, a fact link's data-claim and
   data-standing attributes) and is copied as DOM nodes or text, never parsed as HTML.
   Without JavaScript a marker is a plain link to its footnote. */
(function () {
  "use strict";
  /* The page's words in its language: assets/messages.js, which every page loads first. */
  var say = window.briefingSay;

  var TRIGGERS = "a.cite, a[data-claim]";
  var OPEN_DELAY = 150, CLOSE_DELAY = 350;
  var box = null, owner = null, openTimer = 0, closeTimer = 0, lastPointer = "", pressedAt = 0, serial = 0;

  function trigger(node) {
    return node && node.closest ? node.closest(TRIGGERS) : null;
  }

  function text(tag, className, words) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    node.textContent = words;
    return node;
  }

  function footnoteOf(marker) {
    var hash = marker.getAttribute("href") || "";
    if (hash.charAt(0) !== "#") return null;
    try { return document.getElementById(decodeURIComponent(hash.slice(1))); } catch (e) { return null; }
  }

  /* The preview's content, or null when there is nothing to show. */
  function content(link) {
    var parts = [];
    if (link.hasAttribute("data-claim")) {
      parts.push(text("p", "preview-claim", link.getAttribute("data-claim")));
      if (link.getAttribute("data-quote")) {
        parts.push(text("blockquote", "", link.getAttribute("data-quote")));
        parts.push(text("p", "preview-source", link.getAttribute("data-source") || ""));
      }
      if (link.getAttribute("data-standing")) parts.push(text("p", "preview-standing", link.getAttribute("data-standing")));
      var go = text("a", "preview-go", say("preview.go", "Go to the fact"));
      go.href = link.href;
      /* The same place as the link itself (a tap opens the preview, this one follows it): a keyboard
         user, who follows the link with Enter, is not sent through a second copy of every link. */
      go.tabIndex = -1;
      parts.push(wrap(go));
      return parts;
    }
    var note = footnoteOf(link);
    if (!note) return null;
    var quote = note.querySelector("blockquote");
    if (quote) parts.push(quote.cloneNode(true));
    var line = note.querySelector(".fn-source");
    if (line) {
      var source = line.cloneNode(true);
      var inner = source.querySelectorAll("a");
      for (var i = 0; i < inner.length; i++) inner[i].replaceWith.apply(inner[i], Array.prototype.slice.call(inner[i].childNodes));
      source.className = "preview-source";
      parts.push(source);
    }
    if (link.getAttribute("data-grade")) parts.push(text("p", "preview-grade", say("preview.grade", "Grade %(grade)s", {grade: link.getAttribute("data-grade")})));
    var passage = line && line.querySelector("a[href]");
    if (passage) {
      var open = text("a", "preview-go", say("preview.read", "Read the passage in the archived article"));
      open.href = passage.href;
      parts.push(wrap(open));
    }
    return parts;
  }

  function wrap(link) {
    var p = document.createElement("p");
    p.appendChild(link);
    return p;
  }

  function place(link) {
    var width = Math.min(28 * 16, document.documentElement.clientWidth - 16);
    box.style.width = width + "px";
    var parent = box.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var at = link.getBoundingClientRect();
    var left = Math.max(8, Math.min(at.left, document.documentElement.clientWidth - width - 8));
    var below = at.bottom + 4;
    var height = box.offsetHeight;
    var top = below + height > window.innerHeight && at.top - height - 4 > 0 ? at.top - height - 4 : below;
    box.style.left = (left - base.left) + "px";
    box.style.top = (top - base.top) + "px";
  }

  function open(link) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (owner === link && box) return;
    close(false);
    var parts = content(link);
    if (!parts) return;
    box = document.createElement("div");
    box.className = "preview";
    box.id = "preview-" + (++serial);
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", link.hasAttribute("data-claim") ? say("preview.fact", "Fact preview") : say("preview.citation", "Citation preview"));
    /* A visible way out for a finger (and a named one for a screen reader): a tap outside or Esc
       also close it, but nothing on a phone says so, and the preview may cover half the screen.
       Out of the Tab order: a keyboard has Esc, and Tab should go from a marker to its passage. */
    var shut = document.createElement("button");
    shut.type = "button";
    shut.tabIndex = -1;
    shut.className = "preview-close";
    shut.setAttribute("aria-label", say("preview.close", "Close the preview"));
    shut.textContent = "\u00d7";
    shut.addEventListener("click", function (event) { event.preventDefault(); close(true); });
    box.appendChild(shut);
    parts.forEach(function (part) { box.appendChild(part); });
    box.addEventListener("pointerenter", function () { clearTimeout(closeTimer); });
    box.addEventListener("pointerleave", function (event) { if (event.pointerType === "mouse") later(); });
    /* Right after the link, so Tab moves from the marker into the preview's links. */
    link.insertAdjacentElement("afterend", box);
    owner = link;
    link.setAttribute("aria-expanded", "true");
    link.setAttribute("aria-controls", box.id);
    place(link);
  }

  function close(refocus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!box) return;
    var hadFocus = box.contains(document.activeElement);
    box.remove();
    box = null;
    if (owner) {
      owner.removeAttribute("aria-expanded");
      owner.removeAttribute("aria-controls");
      if (refocus || hadFocus) owner.focus();
    }
    owner = null;
  }

  function later() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(function () { close(false); }, CLOSE_DELAY);
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType || "mouse";
    pressedAt = Date.now();
    if (box && !box.contains(event.target) && trigger(event.target) !== owner) close(false);
  }, true);

  document.addEventListener("pointerover", function (event) {
    if (event.pointerType !== "mouse") return;
    var link = trigger(event.target);
    if (link) {
      if (link === owner) { clearTimeout(closeTimer); return; }
      clearTimeout(openTimer);
      openTimer = setTimeout(function () { open(link); }, OPEN_DELAY);
    }
  });

  document.addEventListener("pointerout", function (event) {
    if (event.pointerType !== "mouse") return;
    var link = trigger(event.target);
    if (!link) return;
    if (link.contains(event.relatedTarget)) return;
    clearTimeout(openTimer);
    if (link === owner) later();
  });

  document.addEventListener("focusin", function (event) {
    var link = trigger(event.target);
    /* Focus that follows a press is the click's business; any other focus (Tab) opens. */
    if (link && link !== owner && Date.now() - pressedAt > 600) open(link);
    else if (box && !box.contains(event.target) && event.target !== owner) close(false);
  });

  document.addEventListener("keydown", function (event) {
    lastPointer = "";
    if (event.key === "Escape" && box) {
      close(true);
      event.preventDefault();
      return;
    }
  });

  /* A tap opens the preview; a second tap on the same marker follows it (to the footnote). */
  document.addEventListener("click", function (event) {
    var link = trigger(event.target);
    if (!link || (lastPointer !== "touch" && lastPointer !== "pen")) return;
    if (owner === link && box) return;
    event.preventDefault();
    open(link);
  });

  window.addEventListener("resize", function () { if (box && owner) place(owner); });
})();
