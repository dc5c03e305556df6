/* claimgraph web UI: keyboard shortcuts, filters, document marks, the actor network.
 * Data from the store only ever reaches the page through textContent, attributes set with
 * setAttribute, or Cytoscape's canvas labels — never through innerHTML. */
(function () {
  "use strict";

  function $(sel, root) { return (root || document).querySelector(sel); }
  function $all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function typing(target) {
    return target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
      target.isContentEditable);
  }
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }

  // --- keyboard -------------------------------------------------------------------------------
  var waitingForG = false, gTimer = null, current = null;

  function move(step) {
    var items = $all("[data-nav-item]").filter(visible);
    if (!items.length) return;
    var i = items.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : items.length - 1) : Math.max(0, Math.min(items.length - 1, i + step));
    if (current) current.classList.remove("kb-focus");
    current = items[i];
    current.classList.add("kb-focus");
    current.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "Escape" && typing(e.target)) { e.target.blur(); return; }
    if (typing(e.target)) return;
    var help = document.getElementById("keys");
    if (help && help.open) return;
    if (waitingForG) {
      waitingForG = false;
      var target = $all(".top nav a").filter(function (a) { return a.getAttribute("data-key") === e.key; })[0];
      if (target) { e.preventDefault(); window.location.href = target.getAttribute("href"); }
      return;
    }
    switch (e.key) {
      case "/": {
        var q = document.getElementById("q");
        if (q) { e.preventDefault(); q.focus(); q.select(); }
        break;
      }
      case "?":
        if (help && help.showModal) { e.preventDefault(); help.showModal(); }
        break;
      case "g":
        waitingForG = true;
        clearTimeout(gTimer);
        gTimer = setTimeout(function () { waitingForG = false; }, 1500);
        break;
      case "j": e.preventDefault(); move(1); break;
      case "k": e.preventDefault(); move(-1); break;
      case "Enter": {
        if (!current) return;
        var link = $("[data-nav-link]", current) || $("a[href]", current);
        if (link) { e.preventDefault(); link.click(); }
        break;
      }
      case "[": case "]": {
        var pager = $('[data-pager="' + (e.key === "]" ? "next" : "prev") + '"]');
        if (pager) window.location.href = pager.getAttribute("href");
        break;
      }
    }
  });

  // --- filter forms: apply on change, leave empty fields out of the URL -------------------------
  $all("form[data-autosubmit]").forEach(function (form) {
    form.addEventListener("change", function (e) {
      if (e.target.tagName === "SELECT" || e.target.type === "checkbox" || e.target.type === "date") {
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
    form.addEventListener("submit", function () {
      $all("input, select", form).forEach(function (el) { if (el.name && el.value === "") el.disabled = true; });
    });
  });
  window.addEventListener("pageshow", function () {
    $all("form[data-autosubmit] [disabled]").forEach(function (el) { el.disabled = false; });
  });

  // --- document page: toggles and claim focus -------------------------------------------------------
  var text = document.getElementById("doc-text");
  if (text) {
    $all("[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () { text.classList.toggle(box.getAttribute("data-toggle"), box.checked); });
    });
    var focusClaim = function (id, scrollText) {
      $all(".c.focus", text).forEach(function (el) { el.classList.remove("focus"); });
      $all(".doc-claims li.focus").forEach(function (el) { el.classList.remove("focus"); });
      if (!id) return;
      var spans = $all("[data-claims]", text).filter(function (el) {
        return el.getAttribute("data-claims").split(" ").indexOf(id) >= 0;
      });
      spans.forEach(function (el) { el.classList.add("focus"); });
      var item = $all(".doc-claims li").filter(function (li) { return li.getAttribute("data-claim") === id; })[0];
      if (item) { item.classList.add("focus"); item.scrollIntoView({ block: "nearest" }); }
      if (scrollText && spans[0]) spans[0].scrollIntoView({ block: "center" });
    };
    var fromHash = function () {
      var h = decodeURIComponent(window.location.hash.slice(1));
      if (h.indexOf("claim-") === 0) focusClaim(h.slice(6), true);
    };
    window.addEventListener("hashchange", fromHash);
    fromHash();
    text.addEventListener("click", function (e) {
      if (e.target.closest("a")) return;  // actor links keep their own click
      var span = e.target.closest("[data-claims]");
      if (span) focusClaim(span.getAttribute("data-claims").split(" ")[0], false);
    });
  }

  // --- overview: the actor network (Cytoscape.js, vendored) ------------------------------------------
  var box = document.getElementById("graph");
  if (box && window.cytoscape) {
    var info = document.getElementById("graph-info");
    var css = getComputedStyle(document.documentElement);
    var v = function (name, fallback) { return (css.getPropertyValue(name) || "").trim() || fallback; };
    fetch(box.getAttribute("data-src"), { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (g) { draw(g); })
      .catch(function () { box.classList.add("empty"); box.textContent = "The network could not be loaded."; });

    var draw = function (g) {
      if (!g.nodes.length) { box.classList.add("empty"); box.textContent = "No actors yet."; return; }
      var top = Math.max.apply(null, g.nodes.map(function (n) { return n.mentions || 0; }).concat([1]));
      var elements = g.nodes.map(function (n) {
        return { group: "nodes", data: { id: n.id, label: n.name, kind: n.kind || "other", mentions: n.mentions || 0,
          size: 12 + 34 * Math.sqrt((n.mentions || 0) / top) } };
      }).concat(g.edges.map(function (e) {
        return { group: "edges", data: { id: e.id, source: e.source, target: e.target, type: e.type || "",
          quad: e.quad || "none", claims: e.claims, documents: e.documents, w: 1 + 1.6 * Math.log(1 + e.claims) } };
      }));
      var relations = g.mode === "relations";
      var cy = window.cytoscape({
        container: box, elements: elements, minZoom: 0.2, maxZoom: 3,
        style: [
          { selector: "node", style: {
            "background-color": function (n) { return v("--kind-" + n.data("kind"), "#7b8594"); },
            width: "data(size)", height: "data(size)", label: "data(label)", "font-size": 11, color: v("--fg", "#222"),
            "text-valign": "bottom", "text-margin-y": 3, "text-outline-color": v("--bg", "#fff"), "text-outline-width": 2,
            "text-wrap": "ellipsis", "text-max-width": "150px" } },
          { selector: "edge", style: {
            width: "data(w)", "curve-style": "bezier", opacity: 0.7,
            "line-color": function (e) { return v("--quad-" + e.data("quad"), "#9aa4b2"); },
            "target-arrow-color": function (e) { return v("--quad-" + e.data("quad"), "#9aa4b2"); },
            "target-arrow-shape": relations ? "triangle" : "none", "arrow-scale": 0.9 } },
          { selector: ".faded", style: { opacity: 0.12 } },
          { selector: "node:selected", style: { "border-width": 3, "border-color": v("--accent", "#1f5fa8") } }
        ],
        layout: { name: "cose", animate: false, randomize: true, padding: 24, componentSpacing: 60,
          nodeRepulsion: function () { return 25000; }, idealEdgeLength: function () { return 90; },
          nodeOverlap: 40, gravity: 1, numIter: 1500 }
      });
      // keep labels about 11px on screen however far the fitted layout zoomed out
      var z = Math.max(cy.zoom(), 0.3);
      if (z < 1) {
        cy.style().selector("node").style({ "font-size": 11 / z, "text-outline-width": 2 / z,
          "text-max-width": (150 / z) + "px" }).update();
      }
      box.setAttribute("data-ready", "true");
      var say = function (s) { if (info) info.textContent = s; };
      cy.on("mouseover", "node", function (e) {
        var n = e.target, hood = n.closedNeighborhood();
        cy.elements().not(hood).addClass("faded");
        say(n.data("label") + " — " + n.data("kind").replace("_", " ") + ", " + n.data("mentions") + " mentions, " +
            n.degree() + " links. Click to open.");
      });
      cy.on("mouseout", "node", function () { cy.elements().removeClass("faded"); });
      cy.on("mouseover", "edge", function (e) {
        var d = e.target.data();
        say(e.target.source().data("label") + (d.type ? " " + d.type + " " : " — ") + e.target.target().data("label") +
            ": " + d.claims + " claim" + (d.claims === 1 ? "" : "s") + " in " + d.documents + " article" +
            (d.documents === 1 ? "" : "s") + ". Click for the claims.");
      });
      cy.on("tap", "node", function (e) { window.location.href = "/actors/" + encodeURIComponent(e.target.id()); });
      cy.on("tap", "edge", function (e) {
        var d = e.target.data(), enc = encodeURIComponent;
        window.location.href = relations
          ? "/claims?subject=" + enc(d.source) + "&object=" + enc(d.target) + (d.type ? "&type=" + enc(d.type) : "")
          : "/actors/" + enc(d.source);
      });
      window.claimgraphNetwork = cy;  // for the browser tests
    };
  }
})();
